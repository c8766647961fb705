/// What a reload brings back: the view model read from the files, the banner that goes with it,
/// and the message that says why it was read.
///
/// The new model travels inside the action rather than being swapped in beforehand, because
/// `update` needs both: the old one (its `model:` argument) to find the items that were selected,
/// and this one to select them again. The caller adopts `model` together with the state that
/// `update` returns, so the state and the model on screen always change together.
public struct LoadedModel: Equatable, Sendable {
    public let model: ViewModel
    /// A warning to keep on screen, e.g. a baseline that cannot be read; nil clears the banner.
    public let banner: String?
    /// The status-line message, e.g. `Reloaded`.
    public let reason: String

    public init(_ model: ViewModel, banner: String?, reason: String) {
        self.model = model
        self.banner = banner
        self.reason = reason
    }

    /// The same load: a view model is read once per load and never compared by content.
    public static func == (a: LoadedModel, b: LoadedModel) -> Bool {
        a.model.cache === b.model.cache && a.banner == b.banner && a.reason == b.reason
    }
}
