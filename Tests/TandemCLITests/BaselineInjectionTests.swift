import Foundation
import TandemTestSupport
import Testing

/// A baseline is untrusted input: a hand-edited `.tandem/baselines/*.json` in a shared folder
/// must not put escape sequences into the brief, the snapshot or the terminal they are shown in.
@Suite struct BaselineInjectionTests {
    @Test func escapeSequencesInABaselineComeOutInert() throws {
        let folder = try TemporaryFolder.workspace()
        let saved = try TandemProcess.run(["baseline", "save", folder.path, "--name", "last", "--as-of", "2026-10-20"])
        #expect(saved.status == 0, "\(saved)")
        let name = ".tandem/baselines/last.json"
        let savedText = try #require(folder.read(name))
        var json = try #require(try JSONSerialization.jsonObject(with: Data(savedText.utf8)) as? [String: Any])
        let attack = InjectionTests.attacks.joined()
        // Every text the changes read: names, titles, ids (a changed id reads as removed and added).
        func poison(_ key: String, _ field: String) throws {
            var items = try #require(json[key] as? [[String: Any]])
            items[0][field] = attack + (items[0][field] as? String ?? "") + attack
            json[key] = items
        }
        try poison("kpis", "name")
        try poison("kpis", "id")
        try poison("risks", "title")
        try poison("initiatives", "name")
        try poison("initiatives", "due")
        let text = try JSONSerialization.data(withJSONObject: json)
        try folder.write(name, Array(text))

        for (what, arguments) in [
            ("brief", ["brief", folder.path]),
            ("brief text", ["brief", folder.path, "--format", "text"]),
            ("snapshot changes", ["snapshot", folder.path, "--keys", "c", "--size", "160x50"]),
            ("snapshot all", ["snapshot", folder.path, "--pane", "all", "--size", "160x50"]),
            ("baseline list", ["baseline", "list", folder.path]),
        ] {
            let result = try TandemProcess.run(arguments)
            #expect(result.status == 0, "\(what): \(result)")
            InjectionTests.expectInert(result.stdout, what)
            InjectionTests.expectInert(result.stderr, what + " (stderr)")
        }
    }
}
