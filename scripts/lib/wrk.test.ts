import { describe, expect, it } from "vitest";
import { parseWrkDuration, parseWrkOutput, rotatingPathsScript } from "./wrk";

// Real reports of wrk 4.1.0 (Debian), captured on this machine against small Node servers: a
// healthy one, one that answers every 4th request after 1.5 s (timeout 1 s) and every 7th with
// 500, one that drops every 5th connection, and one that answers 404.
const healthy = `Running 2s test @ http://127.0.0.1:18765/
  2 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     5.34ms   18.07ms 226.29ms   96.57%
    Req/Sec    12.41k     6.32k   24.52k    60.00%
  Latency Distribution
     50%    1.55ms
     75%    2.95ms
     90%    6.42ms
     99%  113.71ms
  49576 requests in 2.01s, 8.42MB read
Requests/sec:  24644.72
Transfer/sec:      4.18MB
`;

const slowAndFailing = `Running 4s test @ http://127.0.0.1:18767/
  2 threads and 10 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     9.58ms    4.63ms  25.44ms   81.11%
    Req/Sec    91.30     86.21   230.00     40.00%
  Latency Distribution
     50%    7.75ms
     75%   12.31ms
     90%   17.36ms
     99%   25.44ms
  110 requests in 4.06s, 15.81KB read
  Socket errors: connect 0, read 0, write 0, timeout 20
  Non-2xx or 3xx responses: 7
Requests/sec:     27.09
Transfer/sec:      3.89KB
`;

const droppedConnections = `Running 2s test @ http://127.0.0.1:18766/reset
  2 threads and 10 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.86ms    2.94ms  31.85ms   90.11%
    Req/Sec     3.07k     1.85k    7.80k    70.00%
  Latency Distribution
     50%  669.00us
     75%    2.13ms
     90%    4.78ms
     99%   14.61ms
  12283 requests in 2.02s, 2.09MB read
  Socket errors: connect 0, read 3071, write 0, timeout 0
Requests/sec:   6093.64
Transfer/sec:      1.03MB
`;

const notFound = `Running 1s test @ http://127.0.0.1:18765/404
  2 threads and 10 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   446.83us  604.17us   5.62ms   91.06%
    Req/Sec    16.04k     4.78k   23.43k    66.67%
  Latency Distribution
     50%  261.00us
     75%  402.00us
     90%    0.94ms
     99%    3.31ms
  33574 requests in 1.10s, 4.87MB read
  Non-2xx or 3xx responses: 33574
Requests/sec:  30598.79
Transfer/sec:      4.44MB
`;

describe("parseWrkOutput", () => {
  it("reads throughput and the latency distribution of a clean run", () => {
    expect(parseWrkOutput(healthy)).toEqual({
      requests: 49576,
      durationSeconds: 2.01,
      requestsPerSecond: 24644.72,
      latencyMs: { p50: 1.55, p75: 2.95, p90: 6.42, p99: 113.71 },
      socketErrors: { connect: 0, read: 0, write: 0, timeout: 0 },
      errorResponses: 0,
    });
  });

  it("reads timeouts and error statuses", () => {
    const result = parseWrkOutput(slowAndFailing);
    expect(result.socketErrors).toEqual({ connect: 0, read: 0, write: 0, timeout: 20 });
    expect(result.errorResponses).toBe(7);
    expect(result.requestsPerSecond).toBe(27.09);
    expect(result.latencyMs.p99).toBe(25.44);
  });

  it("reads read errors and microsecond latencies", () => {
    const result = parseWrkOutput(droppedConnections);
    expect(result.socketErrors.read).toBe(3071);
    expect(result.latencyMs.p50).toBeCloseTo(0.669, 6);
  });

  it("counts every 4xx as an error response", () => {
    const result = parseWrkOutput(notFound);
    expect(result.errorResponses).toBe(33574);
    expect(result.latencyMs).toEqual({ p50: 0.261, p75: 0.402, p90: 0.94, p99: 3.31 });
  });

  it("refuses output that is not a report (wrk could not connect)", () => {
    expect(() =>
      parseWrkOutput("unable to connect to 127.0.0.1:18799 Connection refused\n"),
    ).toThrow(/no request count/);
  });
});

describe("parseWrkDuration", () => {
  it("converts every unit wrk prints to milliseconds", () => {
    expect(parseWrkDuration("723.00us")).toBeCloseTo(0.723, 6);
    expect(parseWrkDuration("9.40ms")).toBe(9.4);
    expect(parseWrkDuration("1.02s")).toBe(1020);
    expect(parseWrkDuration("1.50m")).toBe(90_000);
  });
});

describe("rotatingPathsScript", () => {
  it("sets the headers and cycles through the paths", () => {
    const script = rotatingPathsScript(["/", "/api/prices"], { "Accept-Encoding": "gzip" });
    expect(script).toContain('wrk.headers["Accept-Encoding"] = "gzip"');
    expect(script).toContain('local paths = { "/", "/api/prices" }');
    expect(script).toContain('wrk.format("GET", paths[(i % #paths) + 1])');
  });
});
