import KPIEvaluation
import Testing

@Suite struct PrometheusResponseParserTests {
    func parse(_ text: String) throws -> PrometheusResponse {
        try PrometheusResponseParser.parse(Array(text.utf8))
    }

    @Test func readsAMatrixOfRawSamples() throws {
        let response = try parse("""
            {"status":"success","data":{"resultType":"matrix","result":[
              {"metric":{"__name__":"latency_ms","mode":"sync"},"values":[[1795129560,"1007.2"],[1795130100.125,"728"]]},
              {"metric":{"mode":"a\\"b\\u00e9\\n"},"values":[]}]}}
            """)
        #expect(response.status == .success)
        #expect(response.resultType == "matrix")
        #expect(response.series.count == 2)
        #expect(response.series[0].labels == ["__name__": "latency_ms", "mode": "sync"])
        #expect(response.series[0].samples == [
            PrometheusSample(milliseconds: 1_795_129_560_000, value: 1007.2),
            PrometheusSample(milliseconds: 1_795_130_100_125, value: 728),
        ])
        #expect(response.series[1].labels["mode"] == "a\"bé\n")
    }

    @Test func readsVectorsScalarsWarningsAndSpecialValues() throws {
        let vector = try parse(#"{"data":{"result":[{"metric":{},"value":[1.5,"NaN"]},{"metric":{"a":"b"},"value":[2,"-Inf"]}],"resultType":"vector"},"warnings":["partial answer"],"status":"success"}"#)
        #expect(vector.resultType == "vector")
        #expect(vector.series.count == 2)
        #expect(vector.series[0].samples[0].milliseconds == 1500)
        #expect(vector.series[0].samples[0].value.isNaN)
        #expect(vector.series[1].samples[0].value == -.infinity)
        #expect(vector.warnings == ["partial answer"])

        let scalar = try parse(#"{"status":"success","data":{"resultType":"scalar","result":[1795132800,"0.25"]},"infos":["a note"],"stats":{"x":[1,{"y":null}]}}"#)
        #expect(scalar.resultType == "scalar")
        #expect(scalar.series == [PrometheusSeries(labels: [:], samples: [PrometheusSample(milliseconds: 1_795_132_800_000, value: 0.25)])])
        #expect(scalar.infos == ["a note"])
    }

    @Test func readsErrors() throws {
        let response = try parse(#"{"status":"error","errorType":"bad_data","error":"1:5: parse error: unexpected \"}\""}"#)
        #expect(response.status == .error)
        #expect(response.errorType == "bad_data")
        #expect(response.error == "1:5: parse error: unexpected \"}\"")
    }

    @Test func countsNativeHistogramSeriesWithoutReadingThem() throws {
        let response = try parse(#"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"histogram":[1,{"count":"2","sum":"3","buckets":[[0,"0","1","2"]]}]}]}}"#)
        #expect(response.series.isEmpty)
        #expect(response.histogramSeries == 1)
    }

    @Test(arguments: [
        ("", "the answer is empty"),
        ("<html><body>502 Bad Gateway</body></html>", "not a JSON object"),
        (#"{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"x"]]}]}}"#, "is not a number"),
        (#"{"status":"success","data":{"result":[{"metric":{},"values":[[1,2]]}]}}"#, "expected a JSON string"),
        (#"{"status":"success""#, "ends inside an object"),
        (#"{"data":null}"#, "no `status`"),
        (#"{"status":"maybe"}"#, "neither `success` nor `error`"),
        (#"{"status":"success"} trailing"#, "after the JSON object"),
    ])
    func refusesWhatIsNotAnAnswer(body: String, expected: String) {
        #expect {
            _ = try parse(body)
        } throws: { error in
            (error as? PrometheusResponseParser.Failure)?.message.contains(expected) == true
        }
    }
}
