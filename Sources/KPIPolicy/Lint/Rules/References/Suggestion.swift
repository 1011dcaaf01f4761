/// "; did you mean `x`?" when a close candidate exists.
func suggest(_ name: String, _ candidates: [String]) -> String {
    name.nearest(in: candidates).map { "; did you mean `\($0)`?" } ?? ""
}
