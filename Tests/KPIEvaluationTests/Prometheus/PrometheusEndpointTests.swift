import KPIEvaluation
import KPIPolicy
import Testing

@Suite struct PrometheusEndpointTests {
    @Test func expandsHeadersFromTheEnvironment() throws {
        let endpoint = try PrometheusEndpoint(
            url: "https://prometheus.example.internal:9090/prom/",
            headers: [("Authorization", EnvironmentTemplate("Bearer ${PROM_TOKEN}")), ("X-Scope-OrgID", EnvironmentTemplate("team-$${literal}"))],
            environment: ["PROM_TOKEN": "s3cr3t-token"])
        #expect(endpoint.baseURL == "https://prometheus.example.internal:9090/prom")
        #expect(endpoint.displayURL == "https://prometheus.example.internal:9090/prom")
        #expect(endpoint.headers.map(\.name) == ["Authorization", "X-Scope-OrgID"])
        #expect(endpoint.headers.map(\.value) == ["Bearer s3cr3t-token", "team-${literal}"])
        #expect(endpoint.redact("server said: Bearer s3cr3t-token is bad") == "server said: *** is bad")
        #expect(endpoint.redact("unknown token s3cr3t-token") == "unknown token ***")
    }

    @Test func anUnsetVariableIsAClearFailure() {
        #expect(throws: PrometheusEndpoint.Failure(message: "header `Authorization` uses ${PROM_TOKEN}, which is not set in the environment")) {
            try PrometheusEndpoint(url: "http://localhost:9090", headers: [("Authorization", EnvironmentTemplate("Bearer ${PROM_TOKEN}"))], environment: [:])
        }
    }

    @Test func credentialsInTheURLBecomeAHeaderAndAreNeverShown() throws {
        let endpoint = try PrometheusEndpoint(url: "https://kpi:hunter22@mimir.example:8080/prometheus?tenant=a", environment: [:])
        #expect(endpoint.displayURL == "https://mimir.example:8080/prometheus")
        #expect(!endpoint.baseURL.contains("hunter22"))
        #expect(endpoint.headers.first?.name == "Authorization")
        #expect(endpoint.headers.first?.value == "Basic a3BpOmh1bnRlcjIy")
        #expect(endpoint.redact("GET https://kpi:hunter22@mimir.example:8080/x failed: hunter22") == "GET https://mimir.example:8080/x failed: ***")
    }

    @Test(arguments: ["localhost:9090", "ftp://host/", "http://", "not a url at all"])
    func refusesWhatIsNotAnHTTPURL(url: String) {
        #expect(throws: PrometheusEndpoint.Failure.self) { try PrometheusEndpoint(url: url, environment: [:]) }
    }

    @Test func refusedURLsAreShownWithoutCredentials() {
        #expect {
            try PrometheusEndpoint(url: "ftp://user:pa55word@host/", environment: [:])
        } throws: { error in
            let message = (error as? PrometheusEndpoint.Failure)?.message ?? ""
            return message.contains("ftp://host/") && !message.contains("pa55word")
        }
    }
}

@Suite struct EnvironmentTemplateTests {
    @Test(arguments: [
        ("Bearer ${A}", "Bearer one"),
        ("${A}${B_2}", "onetwo"),
        ("$$A and $$${A}", "$A and $one"),
        ("cost $5", "cost $5"),
        ("plain", "plain"),
    ])
    func expands(template: String, expected: String) {
        #expect(EnvironmentTemplate(template).expand(environment: ["A": "one", "B_2": "two"]) == .success(expected))
    }

    @Test func namesItsVariablesAndRefusesMalformedReferences() {
        #expect(EnvironmentTemplate("${A} and ${B}").variables == ["A", "B"])
        #expect(EnvironmentTemplate("${A").expand(environment: ["A": "x"]) == .failure(.malformed("${A")))
        #expect(EnvironmentTemplate("${1A}").expand(environment: [:]) == .failure(.malformed("${1A}")))
        #expect(EnvironmentTemplate("${MISSING}").expand(environment: [:]) == .failure(.unset("MISSING")))
    }
}
