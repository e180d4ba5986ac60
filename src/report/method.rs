//! The method appendix: every number in the report traced to its formula, and the
//! model's source. Transparency is the report's own first principle.

use crate::model::assessment::Assessment;
use crate::text::{Lang, pick};
use std::fmt::Write;

pub(super) fn appendix(out: &mut String, model: &Assessment, lang: Lang, min_group: usize) {
    let min = model.scale.min();
    let max = model.scale.max();
    let scale: Vec<String> = model
        .scale
        .options
        .iter()
        .map(|o| format!("{} = {}", o.value, o.label.get(lang).to_lowercase()))
        .collect();
    let _ = writeln!(out, "## {}\n", crate::tr!(lang, "method-heading"));
    let _ = writeln!(
        out,
        "**{}:** {}{}.\n",
        crate::tr!(lang, "method-scale"),
        scale.join(", "),
        model
            .scale
            .unknown
            .as_ref()
            .map_or_else(String::new, |u| format!(
                "; {} {}",
                u.get(lang).to_lowercase(),
                crate::tr!(lang, "method-counted-apart")
            ))
    );
    let d = max - min;
    let lines: [(&str, &str); 9] = [
        (
            "Fördelning: antal svar per värde. n är antalet svar på skalan; vet ej-andel = vet ej / (n + vet ej).",
            "Distribution: answers per value. n is the number of answers on the scale; don't-know share = don't know / (n + don't know).",
        ),
        (
            "Median och kvartiler: linjär interpolation mellan ordnade svar (samma metod som Excels KVARTIL.INK); IQR = Q3 − Q1.",
            "Median and quartiles: linear interpolation between sorted answers (the method of Excel's QUARTILE.INC); IQR = Q3 − Q1.",
        ),
        (
            "Samstämmighet (Tastle & Wierman 2007): Cns = 1 + Σ pᵢ · log₂(1 − |Xᵢ − μ| / d), där pᵢ är andelen svar på värdet Xᵢ, μ medelvärdet och d skalans bredd. Cns = 1 när alla svarar lika och 0 när svaren delas jämnt mellan skalans ändar. Samstämmigt ≥ 0,8; delat 0,6–0,8; splittrat < 0,6.",
            "Consensus (Tastle & Wierman 2007): Cns = 1 + Σ pᵢ · log₂(1 − |Xᵢ − μ| / d), where pᵢ is the share of answers at value Xᵢ, μ the mean and d the width of the scale. Cns = 1 when everyone answers alike and 0 when the answers split evenly between the ends of the scale. In agreement ≥ 0.8; divided 0.6–0.8; split < 0.6.",
        ),
        (
            "Allvarlighet för en utmaning, 0–100: (medelvärdet av påståendenas medelvärden − min) / (max − min) · 100. En överenskommen poäng räknas om på samma sätt och gäller före den beräknade.",
            "Severity of a challenge, 0–100: (mean of the statements' means − min) / (max − min) · 100. An agreed score is converted the same way and takes precedence over the computed one.",
        ),
        (
            "Kunskapslucka: en vet ej-andel på minst 25 % för något påstående. Vet ej läses som ett tecken på kunskapsluckor, inte som brus.",
            "Knowledge gap: a don't-know share of at least 25% on any statement. Don't know is read as a sign of gaps in knowledge, not as noise.",
        ),
        (
            "Rollskillnad: medelvärdet per roll (medel av rollens påståendemedel). Två roller som skiljer sig med minst en fjärdedel av skalans bredd flaggas.",
            "Role difference: the mean per role (the mean of the role's statement means). Two roles that differ by at least a quarter of the scale's width are flagged.",
        ),
        (
            "Länkens styrka: √(sevₐ · sev_b) där a föder b. Cirkelns styrka: det geometriska medelvärdet av alla utmaningars allvarlighet. Den starkaste länken är där cirkeln driver hårdast.",
            "Link strength: √(sevₐ · sev_b) where a feeds b. Strength of the circle: the geometric mean of every challenge's severity. The strongest link is where the circle drives hardest.",
        ),
        (
            "Relevans för en rekommendation: summan av allvarligheten hos de utmaningar den adresserar. Rekommendationerna rangordnas inom varje princip.",
            "Relevance of a recommendation: the sum of the severities of the challenges it addresses. Recommendations are ranked within each principle.",
        ),
        (
            "Enskilda svar visas aldrig: rapporten bygger endast på sammanräknade svar.",
            "Individual answers are never shown: the report is built from aggregated answers only.",
        ),
    ];
    for (sv, en) in lines {
        let _ = writeln!(out, "- {}", pick(lang, sv, en));
    }
    let _ = writeln!(out, "- {}", crate::report::privacy_note(lang, min_group));
    let _ = writeln!(
        out,
        "\n{} d = {d}.\n",
        crate::tr!(lang, "method-this-scale")
    );
    let _ = writeln!(
        out,
        "**{}:** {}\n\n{}\n",
        crate::tr!(lang, "report-source"),
        model.source.citation,
        model.source.summary.get(lang)
    );
    let _ = writeln!(
        out,
        "*{} klarhet {}.*",
        crate::tr!(lang, "method-made-with"),
        env!("CARGO_PKG_VERSION")
    );
}
