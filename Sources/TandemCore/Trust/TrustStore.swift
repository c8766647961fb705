// Temporary stand-in until the trust branch merges.
public struct TrustStore: Sendable {
    public init(folder: String) {}
    public func isTrusted(workspace: String, manifest: [UInt8]) -> Bool { false }
    public func trust(workspace: String, manifest: [UInt8]) throws {}
}
