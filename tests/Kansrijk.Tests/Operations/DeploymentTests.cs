using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;
using Npgsql;

namespace Kansrijk.Tests.Operations;

/// <summary>
/// Kansrijk as it is deployed: two Release instances on one PostgreSQL behind nginx with TLS and round-robin,
/// started by test.sh (scripts/deployment.sh). The test client connects from 127.0.0.2, nginx from 127.0.0.1, so
/// the address the app records shows whether it read the proxy's header.
/// </summary>
[Trait(Kinds.Trait, Kinds.Deployment)]
public sealed class DeploymentTests
{
    private const string ClientAddress = "127.0.0.2";
    private const string UpstreamHeader = "X-Kansrijk-Upstream";

    private static string Setting(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"{name} ontbreekt: de Deployment-tests draaien in ./test.sh, dat nginx en twee instanties start.");

    private static Uri Proxy => new(Setting("KANSRIJK_DEPLOYMENT_URL"));

    private static Uri[] Instances => [.. Setting("KANSRIJK_DEPLOYMENT_INSTANCES").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(u => new Uri(u))];

    /// <summary>A browser-like client at 127.0.0.2 with its own cookies; it accepts the throwaway certificate.</summary>
    private static HttpClient NewClient(Uri baseAddress) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = true,
        CookieContainer = new CookieContainer(),
        SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Parse(ClientAddress), 0));
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    { BaseAddress = baseAddress };

    private static string Upstream(HttpResponseMessage response) =>
        response.Headers.TryGetValues(UpstreamHeader, out var values) ? values.Single() : throw new InvalidOperationException("nginx gaf geen upstream-header");

    [Fact]
    public async Task Through_the_proxy_there_is_no_redirect_loop_and_both_instances_answer()
    {
        using var client = NewClient(Proxy);
        var upstreams = new HashSet<string>();
        foreach (var path in new[] { "/", "/gebieden", "/inloggen", "/health/ready" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {response.Headers.Location}");
            upstreams.Add(Upstream(response));
        }
        Assert.Equal(2, upstreams.Count);
        var ready = await client.GetFromJsonAsync<JsonElement>("/health/ready");
        Assert.Matches(@"^\d+\.\d+\.\d+", ready.GetProperty("version").GetString());
        // HTTPS is known to the app through X-Forwarded-Proto: its cookies are Secure. (HSTS is left out for 127.0.0.1 by ASP.NET.)
        using var fresh = NewClient(Proxy);
        var login = await fresh.GetAsync("/inloggen");
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_login_and_its_form_work_across_the_instances_and_the_access_log_has_the_client_address()
    {
        using var client = NewClient(Proxy);
        var form = await client.GetAsync("/inloggen");
        var token = (await Forms.ParseAsync(form)).QuerySelector("main form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = DemoAccounts.Analyst.Email,
            ["Password"] = DemoAccounts.Password,
            ["__RequestVerificationToken"] = token,
        }));
        // The form came from one instance and was posted to the other (round-robin).
        Assert.NotEqual(Upstream(form), Upstream(post));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/", Forms.PathOf(post.Headers.Location));

        var seen = new HashSet<string>();
        for (var i = 0; i < 4; i++)
        {
            var page = await client.GetAsync("/account/tweestaps");
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{(int)page.StatusCode} {page.Headers.Location} from {Upstream(page)}");
            seen.Add(Upstream(page));
        }
        Assert.Equal(2, seen.Count);

        var row = await LastLoginAsync(DemoAccounts.Analyst.Email);
        Assert.Equal(ClientAddress, row);
    }

    [Fact]
    public async Task A_forged_forwarded_header_is_ignored_directly_and_overwritten_by_the_proxy()
    {
        // Straight to an instance, from an address that is not the proxy: both headers are ignored. The scheme
        // stays http (so: a redirect to https) and the request log has the real address.
        var direct = $"/niet-bestaand-direct-{Guid.NewGuid():N}";
        using (var client = NewClient(Instances[0]))
        {
            var request = new HttpRequestMessage(HttpMethod.Get, direct);
            request.Headers.Add("X-Forwarded-For", "198.51.100.23");
            request.Headers.Add("X-Forwarded-Proto", "https");
            var answer = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.TemporaryRedirect, answer.StatusCode);
            Assert.Equal("https", answer.Headers.Location?.Scheme);
        }
        Assert.Equal(ClientAddress, await RequestLogAddressAsync(direct));

        // Through nginx, which overwrites the header with the address it saw.
        var proxied = $"/niet-bestaand-proxy-{Guid.NewGuid():N}";
        using (var client = NewClient(Proxy))
        {
            var request = new HttpRequestMessage(HttpMethod.Get, proxied);
            request.Headers.Add("X-Forwarded-For", "198.51.100.23");
            Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(request)).StatusCode);

            var formRequest = new HttpRequestMessage(HttpMethod.Get, "/inloggen");
            formRequest.Headers.Add("X-Forwarded-For", "198.51.100.23");
            var form = await client.SendAsync(formRequest);
            var token = (await Forms.ParseAsync(form)).QuerySelector("main form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var post = new HttpRequestMessage(HttpMethod.Post, "/inloggen")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Email"] = DemoAccounts.Coordinator.Email,
                    ["Password"] = DemoAccounts.Password,
                    ["__RequestVerificationToken"] = token,
                }),
            };
            post.Headers.Add("X-Forwarded-For", "198.51.100.23");
            var answer = await client.SendAsync(post);
            Assert.True(answer.StatusCode == HttpStatusCode.Redirect, $"{(int)answer.StatusCode}");
        }
        Assert.Equal(ClientAddress, await RequestLogAddressAsync(proxied));
        Assert.Equal(ClientAddress, await LastLoginAsync(DemoAccounts.Coordinator.Email));
    }

    [Fact]
    public async Task A_request_log_line_is_structured_and_carries_the_trace_id_of_the_request()
    {
        // A caller (nginx, another service) that sends a W3C traceparent finds the same trace id in the log line.
        var traceId = System.Diagnostics.ActivityTraceId.CreateRandom().ToHexString();
        var path = $"/niet-bestaand-trace-{Guid.NewGuid():N}";
        using var client = NewClient(Proxy);
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("traceparent", $"00-{traceId}-{System.Diagnostics.ActivitySpanId.CreateRandom().ToHexString()}-01");
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(request)).StatusCode);

        var line = await RequestLogLineAsync(path);
        Assert.Equal(traceId, line.GetProperty("@tr").GetString());
        Assert.Matches("^[0-9a-f]{16}$", line.GetProperty("@sp").GetString());
        Assert.Equal(404, line.GetProperty("StatusCode").GetInt32());
    }

    /// <summary>The client address the request log of either instance gave for the request to this path.</summary>
    private static async Task<string?> RequestLogAddressAsync(string path) =>
        (await RequestLogLineAsync(path)).GetProperty("ClientAddress").GetString();

    /// <summary>The structured (JSON) request log line of either instance for the request to this path.</summary>
    private static async Task<JsonElement> RequestLogLineAsync(string path)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            foreach (var file in Setting("KANSRIJK_DEPLOYMENT_LOGS").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var reader = new StreamReader(stream);
                while (await reader.ReadLineAsync() is { } line)
                {
                    if (!line.StartsWith('{') || !line.Contains(path, StringComparison.Ordinal))
                    {
                        continue;
                    }
                    var entry = JsonDocument.Parse(line).RootElement;
                    if (entry.TryGetProperty("RequestPath", out var logged) && logged.GetString() == path)
                    {
                        return entry.Clone();
                    }
                }
            }
            await Task.Delay(100); // the log is written a moment after the answer
        }
        throw new InvalidOperationException($"No request log line for {path}");
    }

    [Fact]
    public async Task An_import_on_one_instance_is_seen_at_once_on_the_other()
    {
        const string period = "2035"; // LM09 has no demo data
        const string url = $"/api/v1/monitor/values?indicator=LM09&area=GM0363&period={period}";
        using var client = NewClient(Proxy);
        async Task<Dictionary<string, bool>> SeenByEachInstanceAsync()
        {
            var seen = new Dictionary<string, bool>();
            for (var i = 0; i < 2; i++)
            {
                var response = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var page = await response.Content.ReadFromJsonAsync<JsonElement>();
                seen[Upstream(response)] = page.GetProperty("items").EnumerateArray()
                    .Any(v => v.GetProperty("numerator").ValueKind == JsonValueKind.Number && v.GetProperty("numerator").GetInt64() == 4321);
            }
            return seen;
        }

        // Both instances have the indicator's tables in their cache before the import.
        var before = await SeenByEachInstanceAsync();
        Assert.Equal(2, before.Count);
        Assert.All(before.Values, Assert.False);

        var form = await client.GetAsync("/inloggen");
        var token = (await Forms.ParseAsync(form)).QuerySelector("main form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = DemoAccounts.Analyst.Email,
            ["Password"] = DemoAccounts.Password,
            ["__RequestVerificationToken"] = token,
        }))).StatusCode);
        var csv = $"indicator;gebied;periode;teller;noemer;waarde\nLM09;GM0363;{period};4321;9000;\n";
        // A write to the API with the sign-in cookie carries the anti-forgery token (from a form of either instance).
        await client.WithApiTokenAsync();
        var import = await client.PostAsync("/api/v1/monitor/imports", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.True(import.StatusCode == HttpStatusCode.Created, $"{(int)import.StatusCode}: {await import.Content.ReadAsStringAsync()}");

        var after = await SeenByEachInstanceAsync();
        Assert.Equal(2, after.Count);
        Assert.All(after.Values, Assert.True);
    }

    private static async Task<string?> LastLoginAsync(string email)
    {
        await using var connection = new NpgsqlConnection(Setting("KANSRIJK_DEPLOYMENT_DATABASE"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT \"SourceAddress\" FROM \"AccessLog\" WHERE \"Action\" = @action AND \"UserName\" = @email ORDER BY \"Id\" DESC LIMIT 1", connection);
        command.Parameters.AddWithValue("action", nameof(Kansrijk.Access.AccessLog.AccessAction.Login));
        command.Parameters.AddWithValue("email", email);
        return (string?)await command.ExecuteScalarAsync();
    }
}
