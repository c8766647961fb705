import TandemCore
import TandemUI

/// Writing down what the meeting agreed: the form's new action, or an action marked done, open
/// again or dropped. The file is written at once and the files read again straight after, so
/// the screen shows the new state without waiting for the watcher.
extension DashboardApp {
    func writeAction(_ effect: Effect) {
        guard case .folder(let path) = model.card.workspace.origin else {
            send(
                .actionNotWritten(
                    reason: "the built-in demo is read-only; `tandem init DIR` writes a workspace to keep actions in"))
            return
        }
        if let refusal = ActionFile.refusal(model.card.workspace.settings) {
            send(.actionNotWritten(reason: refusal))
            return
        }
        let file = ActionFile(workspace: path)
        do throws(ActionFileError) {
            let message: String
            switch effect {
            case .addAction(let action):
                message = "Added \(try file.add(action)) to \(file.name)"
            case .setActionStatus(let id, let change):
                let changed = try file.setStatus(of: id, to: change)
                message = changed ? "\(id) marked \(change.word) in \(file.name)" : "\(id) was already \(change.word)"
            default:
                return
            }
            send(.actionWritten(message: message))
            // The files as just written: the watcher takes them as read, not as a change to wait for.
            startReload(reason: message, signature: watcher?.current)
        } catch {
            send(.actionNotWritten(reason: error.description))
        }
    }
}
