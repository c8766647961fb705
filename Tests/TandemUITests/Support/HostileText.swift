import TandemCore
import TandemTestSupport

/// Text a data file might hold that must never reach the terminal as it is: escape sequences
/// (clear screen, window title, clipboard write), C0 and C1 controls, bidi overrides.
enum HostileText {
    static let sequences = [
        "\u{1B}[2J",  // clear the screen
        "\u{1B}]0;pwned-title\u{07}",  // set the window title
        "\u{1B}]52;c;ZXZpbA==\u{07}",  // write the clipboard
        "\u{202E}",  // right-to-left override
        "\u{8}\u{8}",  // backspaces
        "\r",  // carriage return
        "\u{0}",  // NUL
        "\u{9B}31m",  // C1 CSI
        "\u{07}",  // bell
        "\u{7F}",  // DEL
        "\u{2066}\u{2069}",  // bidi isolate
        "\u{200F}",  // right-to-left mark
        "\u{1B}P+q544e\u{1B}\\",  // DCS request
        "\u{1B}[?1049h",  // alternate screen
        "\u{85}",  // C1 next line
        "\u{FEFF}",  // stray BOM
    ]

    /// Text parts of the payloads that must go with their sequence, not be shown.
    static let payloads = ["pwned-title", "ZXZpbA==", "544e", "?1049h", "[2J"]

    /// The text with every sequence around and inside it.
    static func inject(_ text: String) -> String {
        let middle = text.index(text.startIndex, offsetBy: text.count / 2)
        return sequences[0..<8].joined() + text[..<middle] + sequences[8...].joined() + text[middle...] + "\u{1B}"
    }

    /// The test workspace with hostile text in every name, title, note and description, and in
    /// the organisation and leader names of the manifest.
    static var workspace: TestWorkspace {
        var workspace = TestWorkspace(text: inject)
        workspace.organizationTOML = #"Harbor \u001B]0;pwned-title\u0007Logistics \u202E\u001B[2J\u0008"#
        workspace.cioTOML = #"Dana \u001B[?1049hReyes\u0000"#
        workspace.cooTOML = #"Sam \u009B31mOkafor\r"#
        return workspace
    }

    /// True for what may never be in the output: controls other than the line feed, bidi
    /// formatting characters and byte order marks.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\n" { return false }
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }
}

/// Wide and combining text in every field: CJK, emoji (with ZWJ, flags, skin tones), fullwidth
/// and halfwidth forms, Hangul, combining accents.
enum WideText {
    static func cjk(_ text: String) -> String { "倉庫" + text + "管理システム" }

    /// An emoji after every third character, so cuts land on both halves of wide characters.
    static func emoji(_ text: String) -> String {
        let marks = ["🚚", "👩‍💻", "🇩🇪", "👍🏽", "❤️", "📦"]
        var result = ""
        for (index, character) in text.enumerated() {
            result.append(character)
            if index % 3 == 2 { result += marks[index / 3 % marks.count] }
        }
        return result
    }

    static func mixed(_ text: String) -> String { "Ｗｉｄｅ ｱｲｳ 한국 e\u{301}\u{302} " + text + " 中文" }

    static func workspace(_ transform: @escaping @Sendable (String) -> String) -> TestWorkspace {
        var workspace = TestWorkspace(text: transform)
        workspace.organizationTOML = "ハーバー物流 🚢 Ｌｏｇｉｓｔｉｃｓ"
        workspace.cioTOML = "李小龍"
        workspace.cooTOML = "José Ñandú"
        return workspace
    }
}
