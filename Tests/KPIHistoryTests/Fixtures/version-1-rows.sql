-- Rows as kpi wrote them with schema version 1 (before baseline windows, segment targets and key results).
INSERT INTO evaluations (id, as_of, recorded_at, policy_commit, policy_dirty, inputs_sha256, kpi_version, quarter) VALUES
  (1, '2026-10-05T00:00:00Z', '2026-10-05T07:00:00Z', '0123456789abcdef0123456789abcdef01234567', 0, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '0.1.0', '2026-Q4'),
  (2, '2026-10-12T00:00:00Z', '2026-10-12T07:00:00Z', '0123456789abcdef0123456789abcdef01234567', 1, 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', '0.1.0', '2026-Q4');
INSERT INTO kpi_results (evaluation_id, kpi, team, owner, status, value, unit, target, baseline, verdict, progress, expected) VALUES
  (1, 'inference-latency-p99', 'ai-platform', 'priya', 'met', 1900, 'ms', '< 2 s', 3200, 'on-track', 0.7, 2600),
  (2, 'inference-latency-p99', 'ai-platform', 'priya', 'met', 1850, 'ms', '< 2 s', 3200, 'on-track', 0.72, 2500);
INSERT INTO segment_results (evaluation_id, kpi, segment, status, value) VALUES
  (1, 'inference-latency-p99', 'async', 'met', 8000),
  (2, 'inference-latency-p99', 'async', 'met', 8100);
