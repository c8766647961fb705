/// A baseline file is untrusted input like any data file: a hand-edited or shared
/// `.tandem/baselines/*.json` can hold escape sequences that would reach the screen, the brief
/// and the terminal a brief is pasted into. Its text is cleaned when read, as the loader cleans
/// the CSV files.
extension Baseline.KPI {
    func cleaned() -> Self {
        Self(id: TextSanitizer.clean(id), name: TextSanitizer.clean(name), owner: owner, status: status)
    }
}

extension Baseline.Risk {
    func cleaned() -> Self {
        Self(
            id: TextSanitizer.clean(id), title: TextSanitizer.clean(title), owner: owner, band: band,
            residualScore: residualScore, aboveAppetite: aboveAppetite, status: status, targetMissed: targetMissed)
    }
}

extension Baseline.Initiative {
    func cleaned() -> Self {
        Self(
            id: TextSanitizer.clean(id), name: TextSanitizer.clean(name), sponsor: sponsor, stage: stage,
            health: health, due: due.map { TextSanitizer.clean($0) },
            missedMilestones: missedMilestones?.map { TextSanitizer.clean($0) },
            kpis: kpis?.map { TextSanitizer.clean($0) }, rating: rating)
    }
}

extension Baseline.Finding {
    func cleaned() -> Self { Self(kind: kind, ids: ids.map { TextSanitizer.clean($0) }) }
}

extension Baseline.Action {
    func cleaned() -> Self {
        Self(
            id: TextSanitizer.clean(id), title: TextSanitizer.clean(title), owner: owner, status: status,
            due: due.map { TextSanitizer.clean($0) })
    }
}
