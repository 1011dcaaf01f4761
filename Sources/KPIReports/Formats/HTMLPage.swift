/// The frame every kpi HTML report shares: a self-contained page with its style sheet inline and no
/// external reference of any kind, so it can be mailed, archived or opened offline and looks the
/// same everywhere. Pages are XHTML-style (every element closed, text escaped), so XML tools
/// parse them as well as browsers do.
enum HTMLPage {
    /// A whole page: `<!DOCTYPE html>`, the head with `title` and the style sheet, then `body`
    /// inside `<main>`. `body` must already be markup.
    static func render(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="kpi"/>
        <title>\(text(title))</title>
        <style>
        \(ReportStyleSheet.css)</style>
        </head>
        <body>
        <main>
        \(body)</main>
        </body>
        </html>

        """
    }

    /// Element content, escaped.
    static func text(_ value: String) -> String { XMLText.content(value) }

    /// An attribute value for double quotes, escaped.
    static func attribute(_ value: String) -> String { XMLText.attribute(value) }

    /// `<dl>`-style facts for a page's masthead: a label above each value. Values are markup.
    static func facts(_ items: [(label: String, value: String)]) -> String {
        guard !items.isEmpty else { return "" }
        var output = "<dl class=\"facts\">\n"
        for item in items {
            output += "<div><dt>\(text(item.label))</dt><dd>\(item.value)</dd></div>\n"
        }
        return output + "</dl>\n"
    }

    /// Summary tiles: a large number over a short caption, with an optional note. A tile whose
    /// `alert` is set is outlined, and says so in words in its note.
    static func tiles(_ items: [(value: String, caption: String, note: String?, alert: Bool)]) -> String {
        var output = "<div class=\"tiles\">\n"
        for item in items {
            output += "<div class=\"tile\(item.alert ? " tile-alert" : "")\"><span class=\"tile-value\">\(text(item.value))</span>"
            output += "<span class=\"tile-caption\">\(text(item.caption))</span>"
            if let note = item.note { output += "<span class=\"tile-note\">\(text(note))</span>" }
            output += "</div>\n"
        }
        return output + "</div>\n"
    }
}
