/// "; did you mean `x`?" when a close candidate exists.
func suggest(_ name: String, _ candidates: [String]) -> String {
    name.nearest(in: candidates).map { "; did you mean `\($0)`?" } ?? ""
}

/// "; did you mean `x`?" for a reference to a review, person or role: a close spelling, or the one
/// declared id whose words hold every word of `name` (`monthly` → `monthly-review`).
func suggestID(_ name: String, _ ids: [String], aliases: [String: String] = [:]) -> String {
    Spelling.nearestID(name, in: Array(Set(ids)).sorted(), aliases: aliases).map { "; did you mean `\($0)`?" } ?? ""
}
