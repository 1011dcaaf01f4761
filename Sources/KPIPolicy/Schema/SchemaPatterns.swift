extension PolicySchema {
    /// The regular expressions the schema uses for scalars, written in the subset that ECMA-262 (editors)
    /// and Python's `re` agree on. Each mirrors the scalar syntax of `docs/language.md`; kpi itself reads
    /// the same scalars with its own parsers and gives the precise message.
    enum Pattern {
        /// Team, KPI, objective, review, segment and reference ids: `ai-platform`, `inference-latency-p99`.
        static let kebabID = "[a-z][a-z0-9]*(-[a-z0-9]+)*"

        /// A number without sign: digits without leading zeros, an optional fraction and exponent.
        static let unsignedNumber = "(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?"

        /// A number: an optional `-` and an unsigned number.
        static let number = "-?" + unsignedNumber

        /// Every unit kpi knows: time, fraction, count, score, ISO 4217 currency, and rates per period
        /// with an optional noun (`/week`, `deploys/week`, `req/s`).
        static let unit =
            "(ns|us|ms|s|min|h|d|w|bd|%|ratio|count|score|psi|[A-Z]{3}|[A-Za-z_-]*/(s|min|h|day|week|month))"

        /// A number and an optional unit, optionally separated by spaces: `2 s`, `200ms`, `25%`, `0.40 USD`.
        static let quantity = number + "( *" + unit + ")?"

        /// A comparator: `<`, `<=`, `>` or `>=`.
        static let comparator = "(<=|<|>=|>)"

        /// `< q`, `a..b`, or `OP Nx reference`.
        static let target =
            "(" + comparator + " *(" + quantity + "|" + unsignedNumber + "x +" + kebabID + ")|"
            + quantity + " *[.][.] *" + quantity + ")"

        /// A signed quantity for an improvement: `-30%`, `+5%`, `-500 ms`.
        static let change = "[-+]?" + unsignedNumber + "( *" + unit + ")?"

        /// A signed percentage for a key result: `-20%`, `+10%`.
        static let percentChange = "[-+]?" + unsignedNumber + " *%"

        /// A positive whole number and `h`, `d`, `bd`, `w` or `q`: `14d`, `5bd`, `1q`.
        static let duration = "[1-9][0-9]*(h|d|bd|w|q)"

        /// `YYYY-MM-DD`; whether the day exists is checked by the `date` format.
        static let date = "[0-9]{4}-[0-9]{2}-[0-9]{2}"

        /// `YYYY-Qn`.
        static let quarter = "[0-9]{4}-Q[1-4]"

        /// The characters a formula may contain: metric names, numbers, `+ - * /`, parentheses, spaces.
        /// The full grammar is checked by kpi.
        static let formula = "[A-Za-z0-9_.:()+*/ -]+"

        /// `pattern` anchored at both ends, as JSON Schema patterns are otherwise unanchored.
        static func anchored(_ pattern: String) -> String {
            "^" + pattern + "$"
        }
    }
}

extension PolicySchema {
    /// What editors say when a value does not match a pattern (yaml-language-server and VS Code read
    /// `patternErrorMessage`; other validators ignore it and print the pattern).
    enum PatternMessage {
        static let kebabID =
            "Use a kebab-case id: lowercase letters and digits, words joined by single hyphens, starting with a letter (ai-platform)."
        static let date = "Write a real calendar date as YYYY-MM-DD (2026-08-03)."
        static let quarter = "Write a quarter as YYYY-Qn, n from 1 to 4 (2026-Q4)."
        static let duration =
            "Write a duration as a positive whole number and h, d, bd, w or q, without a space (14d, 60d, 5bd, 1q)."
        static let unit = """
            Not a unit kpi knows. Use ns us ms s min h d w bd, %, ratio, count, score, psi, an ISO 4217 currency \
            code (USD), or a rate per s, min, h, day, week or month (/week, req/s, deploys/week).
            """
        static let quantity = "Write a number and an optional unit (2 s, 200ms, 25%, 0.40 USD, 500 req/s)."
        static let target = """
            Write a target as a comparator and a quantity (< 2 s, >= 25%), a range a..b (5%..10%), or a multiple \
            of a reference (>= 2x expected-peak).
            """
        static let change = "Write a signed percentage of the baseline or a signed quantity (-30%, +10%, -500 ms)."
        static let percentChange = "Write a signed percentage of the KPI's baseline (-20%, +10%)."
        static let formula = """
            A formula is aggregate calls such as count(m), sum(m) or p99(m) over metric names, numbers, \
            + - * / and parentheses: count(rollbacks) / count(deployments).
            """
    }
}
