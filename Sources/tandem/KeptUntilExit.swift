/// What a command built, kept until the process exits instead of freed when `run` returns: the
/// system takes back a process's memory at once, while freeing a million measurements and their
/// findings one object at a time took 25 ms of every `tandem snapshot` of that workspace.
enum KeptUntilExit {
    /// Commands run on the main thread only.
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ value: Any) { kept.append(value) }
}
