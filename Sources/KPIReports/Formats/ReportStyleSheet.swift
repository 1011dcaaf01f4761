/// The style sheet of kpi's HTML reports, inlined into every page. System fonts only (no web font
/// is fetched), status colours that always come with an icon and a word, and print rules that keep
/// an objective or a table on one page and keep the colours.
enum ReportStyleSheet {
    static let css = """
    :root {
      --ink: #1f2328; --muted: #59636e; --faint: #818b98; --line: #d1d9e0; --rule: #e6eaef;
      --paper: #ffffff; --canvas: #f1f3f6; --soft: #f6f8fa; --accent: #0b4f8a;
      --met: #1a7f37; --met-bg: #dafbe1; --risk: #7d5a00; --risk-bg: #fff4c2;
      --missed: #b4232c; --missed-bg: #ffebe9; --nodata: #57606a; --nodata-bg: #eef1f4;
      --stale: #6f42c1; --stale-bg: #f5eeff; --insufficient: #0969da; --insufficient-bg: #e3f1ff;
    }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body {
      margin: 0; background: var(--canvas); color: var(--ink);
      font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif;
    }
    main { max-width: 1400px; margin: 0 auto; padding: 28px 32px 40px; }
    a { color: var(--accent); }
    h1, h2, h3 { line-height: 1.2; }
    code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.92em; }
    .masthead { background: var(--paper); border: 1px solid var(--line); border-top: 4px solid var(--accent); border-radius: 10px; padding: 20px 26px 18px; margin-bottom: 16px; }
    .eyebrow { margin: 0; text-transform: uppercase; letter-spacing: 0.08em; font-size: 12px; font-weight: 700; color: var(--muted); }
    .masthead h1 { font-size: 28px; margin: 4px 0 14px; }
    .facts { display: flex; flex-wrap: wrap; gap: 10px 34px; margin: 0; }
    .facts dt { font-size: 11px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
    .facts dd { margin: 2px 0 0; font-weight: 600; }
    .facts .sub { font-weight: 400; }
    .tiles { display: flex; flex-wrap: wrap; gap: 12px; margin: 0 0 16px; }
    .tile { flex: 1 1 150px; background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 12px 16px; }
    .tile-alert { border-color: var(--missed); box-shadow: inset 4px 0 0 var(--missed); }
    .tile-value { display: block; font-size: 26px; font-weight: 700; font-variant-numeric: tabular-nums; }
    .tile-caption { display: block; font-size: 12.5px; color: var(--muted); }
    .tile-note { display: block; font-size: 12px; margin-top: 2px; }
    .legend { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 18px; margin: 0 0 16px; padding: 10px 16px; background: var(--paper); border: 1px solid var(--line); border-radius: 10px; font-size: 12.5px; color: var(--muted); }
    .legend .key { display: inline-flex; align-items: center; gap: 6px; }
    .legend svg { vertical-align: middle; }
    .card { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; margin: 0 0 16px; overflow: hidden; }
    .table-wrap { overflow-x: auto; }
    .card-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 24px; padding: 16px 22px 14px; border-bottom: 1px solid var(--line); }
    .card-head h2 { font-size: 19px; margin: 4px 0 6px; }
    .card-head .byline { margin: 0; color: var(--muted); font-size: 13px; }
    .card-head .byline strong { color: var(--ink); }
    .card-body { padding: 14px 22px 18px; }
    .chip { display: inline-block; padding: 1px 8px; border-radius: 4px; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; border: 1px solid var(--line); color: var(--muted); background: var(--soft); }
    .chip-committed { color: var(--accent); border-color: #9cc3e8; background: #eef5fc; }
    .chip-aspirational { color: #6f42c1; border-color: #cdb8f0; background: #f6f1fe; }
    .flag { display: inline-block; margin-top: 6px; padding: 2px 8px; border-radius: 4px; font-size: 12px; font-weight: 600; color: var(--missed); background: var(--missed-bg); border: 1px solid #f3b6b1; white-space: nowrap; }
    .scorebox { text-align: right; min-width: 190px; }
    .score-value { display: block; font-size: 34px; font-weight: 750; line-height: 1; font-variant-numeric: tabular-nums; }
    .score-caption { display: block; font-size: 11px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 2px 0 6px; }
    .meter { display: block; position: relative; height: 8px; width: 180px; margin: 0 0 8px auto; background: #e4e8ec; border-radius: 4px; overflow: hidden; }
    .meter span { display: block; height: 100%; background: var(--accent); border-radius: 4px; }
    .status { display: inline-block; padding: 1px 9px 1px 7px; border-radius: 999px; font-size: 12.5px; font-weight: 650; white-space: nowrap; border: 1px solid; }
    table.key-results td.state { min-width: 104px; }
    table.key-results .status { white-space: normal; border-radius: 12px; max-width: 136px; }
    .status-icon { display: inline; }
    .status-icon .glyph { vertical-align: -1px; }
    .counts-line { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 18px; margin: 0 0 14px; }
    .counts-line .count { font-variant-numeric: tabular-nums; }
    .status-met { color: var(--met); background: var(--met-bg); border-color: #9bd8ac; }
    .status-at-risk { color: var(--risk); background: var(--risk-bg); border-color: #e8cf6a; }
    .status-missed { color: var(--missed); background: var(--missed-bg); border-color: #f3b6b1; }
    .status-no-data { color: var(--nodata); background: var(--nodata-bg); border-color: #c8cfd6; }
    .status-stale { color: var(--stale); background: var(--stale-bg); border-color: #d6c3f5; }
    .status-insufficient-evidence { color: var(--insufficient); background: var(--insufficient-bg); border-color: #a9d0f5; }
    table { width: 100%; border-collapse: collapse; font-size: 13px; }
    th { text-align: left; vertical-align: bottom; font-size: 10.5px; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); font-weight: 700; padding: 8px 7px; background: var(--soft); border-bottom: 1px solid var(--line); }
    th .sub { font-size: 10px; text-transform: none; letter-spacing: 0; }
    td { padding: 10px 7px; border-bottom: 1px solid var(--rule); vertical-align: top; }
    .table-wrap td:first-child, .table-wrap th:first-child { padding-left: 22px; }
    .table-wrap td:last-child, .table-wrap th:last-child { padding-right: 22px; }
    .card-body table td:first-child, .card-body table th:first-child { padding-left: 0; }
    td.kr { min-width: 190px; }
    .kr-score { font-size: 15px; }
    .nowrap { white-space: nowrap; }
    tr:last-child td { border-bottom: none; }
    th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.graph { padding-top: 8px; padding-bottom: 4px; white-space: nowrap; }
    .name { font-weight: 650; }
    .sub { display: block; color: var(--muted); font-size: 11.5px; font-weight: 400; }
    .better { color: var(--met); }
    .worse { color: var(--missed); }
    .muted { color: var(--muted); }
    .none { color: var(--faint); }
    ul.plain { list-style: none; margin: 0; padding: 0; }
    ul.plain li { margin: 0 0 4px; }
    .footer-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 16px; }
    .footer-grid .card { margin: 0; }
    .card h3 { font-size: 14px; margin: 0 0 10px; }
    .counts { display: grid; grid-template-columns: auto 1fr; gap: 4px 12px; margin: 10px 0 0; font-size: 13px; }
    .counts dt { font-variant-numeric: tabular-nums; font-weight: 700; text-align: right; }
    .counts dd { margin: 0; }
    .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; vertical-align: baseline; }
    .note { font-size: 12px; color: var(--muted); margin: 16px 2px 0; }
    .files td:first-child { white-space: nowrap; }
    .team-title { font-size: 20px; margin: 26px 2px 12px; }
    .team-title code { font-size: 13px; font-weight: 400; }
    .inline { display: inline; }
    .kpi-name { font-size: 18px; margin: 4px 0 6px; }
    .kpi-index td { vertical-align: middle; }
    .kr-link { display: block; margin: 2px 0; }
    .kpi-grid { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0; border-bottom: 1px solid var(--rule); }
    .panel { padding: 12px 22px 14px; border-right: 1px solid var(--rule); }
    .panel:last-child { border-right: none; }
    h4 { font-size: 11px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 0 0 8px; }
    h4 .sub { font-size: 11px; text-transform: none; letter-spacing: 0; }
    .graphic { margin: 2px 0 6px; }
    .small { font-size: 12.5px; margin: 4px 0; }
    .big { font-size: 18px; font-weight: 700; font-variant-numeric: tabular-nums; }
    .target-line { margin: 4px 0 6px; }
    ul.bands-list { list-style: none; margin: 4px 0 0; padding: 0; font-size: 12.5px; }
    ul.bands-list li { margin: 2px 0; padding: 1px 4px; border-radius: 4px; }
    ul.bands-list li.here { background: var(--soft); font-weight: 600; }
    .here-mark { color: var(--accent); font-weight: 600; white-space: nowrap; }
    .verdict { display: inline-block; padding: 0 7px; border-radius: 4px; font-size: 12px; font-weight: 650; border: 1px solid var(--line); background: var(--soft); white-space: nowrap; }
    .verdict-achieved, .verdict-on-track { color: var(--met); border-color: #9bd8ac; background: var(--met-bg); }
    .verdict-behind { color: var(--risk); border-color: #e8cf6a; background: var(--risk-bg); }
    .verdict-missed { color: var(--missed); border-color: #f3b6b1; background: var(--missed-bg); }
    .verdict-not-started, .verdict-none { color: var(--nodata); }
    .subsection { border-bottom: 1px solid var(--rule); }
    .subsection:last-child { border-bottom: none; }
    .subsection table.segments { max-width: 760px; }
    .explain ol { margin: 0; padding-left: 20px; font-size: 12.5px; color: #32383f; }
    .explain li { margin: 2px 0; }
    @media screen and (max-width: 900px) {
      .kpi-grid { grid-template-columns: 1fr; }
      .panel { border-right: none; border-bottom: 1px solid var(--rule); }
    }
    @media screen and (max-width: 900px) {
      main { padding: 16px; }
      .card-head { flex-direction: column; }
      .scorebox { text-align: left; }
      .meter { margin-left: 0; }
    }
    @media print {
      @page { size: A4 landscape; margin: 10mm; }
      body { background: #ffffff; font-size: 11px; }
      main { max-width: none; padding: 0; }
      .masthead, .card, .tile, .legend { border-color: #b8c0c8; }
      .card, .tile, tr, .legend { break-inside: avoid; page-break-inside: avoid; }
      .card-head { break-after: avoid; page-break-after: avoid; }
      .masthead h1 { font-size: 22px; }
      .tile { padding: 8px 12px; }
      .tile-value { font-size: 20px; }
      .card-head { padding: 10px 14px 8px; }
      .score-value { font-size: 26px; }
      table { font-size: 9.5px; }
      th { font-size: 8.5px; }
      td, th { padding: 5px 5px; }
      .table-wrap td:first-child, .table-wrap th:first-child { padding-left: 14px; }
      .table-wrap td:last-child, .table-wrap th:last-child { padding-right: 14px; }
      .sub { font-size: 9px; }
      td.kr { min-width: 130px; }
      table.key-results td.state { min-width: 78px; }
      .status { font-size: 9px; padding: 0 5px 0 4px; }
      .table-wrap { overflow: visible; }
      svg.bullet { width: 133px; height: 24.7px; }
      svg.spark { width: 77px; height: 23.1px; }
      .team { break-before: page; page-break-before: always; }
      .team:first-of-type { break-before: auto; page-break-before: auto; }
      .kpi-name { font-size: 14px; }
      .panel { padding: 8px 14px 10px; }
      .small, ul.bands-list, .explain ol { font-size: 9.5px; }
      .verdict { font-size: 9px; }
      a { color: inherit; text-decoration: none; }
    }

    """
}
