//! Ranking the recommendations by the severities of the challenges they address.

use super::{ChallengeResult, PrincipleRanking, RankedRecommendation};
use crate::model::assessment::Assessment;

/// Ranks recommendations within each principle by relevance, the mean of the
/// severities of the challenges they address; ties keep the model's order.
pub(super) fn rank(model: &Assessment, challenges: &[ChallengeResult]) -> Vec<PrincipleRanking> {
    let groups = std::iter::once(None).chain(model.principles.iter().map(|p| Some(p.id.clone())));
    groups
        .map(|principle| {
            let mut recommendations: Vec<RankedRecommendation> = model
                .recommendations
                .iter()
                .filter(|r| r.principle == principle)
                .map(|r| {
                    let mapped: Vec<&ChallengeResult> = challenges
                        .iter()
                        .filter(|c| r.addresses.contains(&c.id) && c.severity().is_some())
                        .collect();
                    let reason: Vec<(String, f64)> = mapped
                        .iter()
                        .filter_map(|c| c.severity().map(|s| (c.id.clone(), s)))
                        .collect();
                    let shown: f64 = reason.iter().map(|(_, s)| s.round()).sum();
                    RankedRecommendation {
                        id: r.id.clone(),
                        relevance: shown / reason.len().max(1) as f64,
                        reason,
                        uncertain: mapped.iter().any(|c| c.uncertain),
                    }
                })
                .collect();
            recommendations.sort_by(|a, b| b.relevance.total_cmp(&a.relevance));
            PrincipleRanking {
                principle,
                recommendations,
            }
        })
        .filter(|g| !g.recommendations.is_empty())
        .collect()
}
