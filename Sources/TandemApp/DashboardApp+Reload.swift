import TandemUI

/// Reading the workspace again: by hand (`r`) or once changed files settle, on another thread so
/// the dashboard keeps answering keys while a large workspace is read.
extension DashboardApp {
    /// What a load on the other thread brings back, with the files' signature before it read.
    struct Outcome {
        let result: Result<(ViewModel, warning: String?), WorkspaceUnreadable>
        let reason: String
        let signature: FileWatcher.Signature?
    }

    /// Reloads once the files have held still across two polls; says so while they move.
    /// - Returns: true when the screen changed.
    func pollFiles() -> Bool {
        guard var watcher, !loading.isRunning else { return false }
        let before = state
        switch watcher.poll() {
        case .unchanged: send(.filesUnchanged)
        case .changing: send(.filesChanging)
        case .settled(let signature): startReload(reason: "Files changed: reloaded", signature: signature)
        }
        self.watcher = watcher
        return state != before
    }

    /// Reads the workspace and its baseline on another thread.
    func startReload(reason: String, signature: FileWatcher.Signature?) {
        let read = read
        let started = loading.start {
            Outcome(
                result: Result { () throws(WorkspaceUnreadable) in try read() }, reason: reason, signature: signature)
        }
        if started {
            send(.reloadStarted)
        } else {
            // A load is running already, perhaps of the files before a write: read them again after it.
            pendingReload = reason
        }
    }

    /// Shows what was read, unless the files changed while they were read: then it is thrown
    /// away and read again once they settle, so the screen never mixes two versions of the files.
    func finish(_ outcome: Outcome) {
        defer {
            if let reason = pendingReload {
                pendingReload = nil
                startReload(reason: reason, signature: watcher?.current)
            }
        }
        if let signature = outcome.signature, let now = watcher?.current {
            guard now == signature else {
                send(.filesChanging)
                return
            }
            watcher?.accept(signature)
        }
        switch outcome.result {
        case .success(let (next, banner)):
            // `update` moves the selection from the model on screen to the new one, which is
            // then adopted with the state it returned.
            send(.reloaded(LoadedModel(next, banner: banner, reason: outcome.reason)))
            // A manifest that now names other files: watch those from here on.
            if next.card.sourceFiles != model.card.sourceFiles { watcher = Self.watcher(for: next.card) }
            model = next
        case .failure(let error):
            send(.reloadFailed(reason: error.description, time: LocalTime(now()).clock))
        }
    }
}
