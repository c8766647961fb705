/// Initiatives that depend on each other in a circle: none of them can finish first, which a
/// roadmap should say rather than accept silently. Found in one depth-first pass (linear in the
/// initiatives and their links, however long the circle).
enum DependencyCycles {
    /// Each cycle once (at most `limit` of them: a dense graph has very many, each as long as
    /// the path it closes), as the ids around it with the first repeated at the end
    /// (`["I-WMS", "I-ROUTE", "I-WMS"]`).
    static func find(_ initiatives: [Initiative], limit: Int = 100) -> [[String]] {
        // Most initiatives depend on none, and one with no dependency starts no circle.
        guard initiatives.contains(where: { !$0.dependsOn.isEmpty }) else { return [] }
        let index = [String: Int](firstPositionsOf: initiatives.count) { initiatives[$0].id }
        let edges = initiatives.map { $0.dependsOn.compactMap { index[$0] } }
        enum Mark { case new, onPath, done }
        var marks = Array(repeating: Mark.new, count: initiatives.count)
        // Where each node on the path is on it (only those entries are read).
        var positionOnPath = Array(repeating: 0, count: initiatives.count)
        var cycles: [[String]] = []
        for start in initiatives.indices where marks[start] == .new {
            // The path from `start`, each node with the next of its edges to follow.
            var path: [(node: Int, next: Int)] = [(start, 0)]
            positionOnPath[start] = 0
            marks[start] = .onPath
            while let (node, next) = path.last {
                guard next < edges[node].count else {
                    marks[node] = .done
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let target = edges[node][next]
                switch marks[target] {
                case .new:
                    marks[target] = .onPath
                    positionOnPath[target] = path.count
                    path.append((target, 0))
                case .onPath:
                    let around = path[positionOnPath[target]...].map { initiatives[$0.node].id }
                    cycles.append(around + [initiatives[target].id])
                    if cycles.count == limit { return cycles }
                case .done:
                    break
                }
            }
        }
        return cycles
    }
}
