extension String {
    /// The string with its first occurrence of `target` replaced; tests use it to place comments and markers.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
