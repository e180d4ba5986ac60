//! Where two groups' means on a challenge are far enough apart to be
//! flagged: klarhet's own threshold, a quarter of the scale's width.

use super::{ChallengeResult, Divergence};
use crate::model::assessment::{Assessment, Scale};

/// How far apart two role groups' means must be to be flagged: a quarter of the
/// scale's width (1.0 on 1–5). klarhet's own threshold, as the method appendix says.
pub fn divergence_threshold(model: &Assessment) -> f64 {
    divergence_threshold_on(&model.scale)
}

/// [`divergence_threshold`] on `scale`: a quarter of its width.
pub fn divergence_threshold_on(scale: &Scale) -> f64 {
    scale.width() / 4.0
}

pub(super) fn divergences(model: &Assessment, challenges: &[ChallengeResult]) -> Vec<Divergence> {
    let mut out = Vec::new();
    for (c, m) in challenges.iter().zip(&model.challenges) {
        // The challenge's group means are on its scale (see `groups::role_means`).
        let threshold = divergence_threshold_on(model.challenge_scale(m));
        for (i, a) in c.role_means.iter().enumerate() {
            for b in &c.role_means[i + 1..] {
                if (a.1 - b.1).abs() >= threshold - 1e-9 {
                    let (high, low) = if a.1 >= b.1 { (a, b) } else { (b, a) };
                    let (high, low) = (high.clone(), low.clone());
                    out.push(Divergence {
                        challenge: c.id.clone(),
                        high,
                        low,
                    });
                }
            }
        }
    }
    out
}
