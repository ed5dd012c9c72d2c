using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Kansrijk.Access;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kansrijk.Benchmarks;

/// <summary>
/// Page throughput with the access log on: wrk with 32 connections, signed in as an administrator, on
/// <c>/beheer/gebruikers</c>, which writes one access-log row (a read) per request; next to it, for the same signed-in
/// administrator, <c>/beheer/gebruikers/nieuw</c> (an empty form: same sign-in and authorization, no log row) and the
/// static stylesheet, all from the same Release server in the same run. Usage: benchmarks/run.sh accesslog [seconds per URL].
/// </summary>
public static partial class AccessLogBenchmark
{
    private const string Password = "Lange-zin-voor-de-benchmark-2026";

    public static async Task RunAsync(DatabaseProvider provider, int seconds)
    {
        var connection = provider == DatabaseProvider.Postgres
            ? new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("KANSRIJK_TEST_POSTGRES")) { Database = "kansrijk_bench_" + Guid.NewGuid().ToString("N")[..8] }.ToString()
            : $"Data Source={Path.Combine(Path.GetTempPath(), $"kansrijk-logbench-{Guid.NewGuid():N}.db")}";
        await using var app = new BenchApp(provider, connection, outputCache: false);
        var address = app.Address();
        string key;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var user = new User { UserName = "beheer@example.org", Email = "beheer@example.org", DisplayName = "Beheerder", EmailConfirmed = true };
            var made = await users.CreateAsync(user, Password);
            if (!made.Succeeded) throw new InvalidOperationException(string.Join(" ", made.Errors.Select(e => e.Description)));
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = Role.Administrator, ScopeType = ScopeType.None });
            await db.SaveChangesAsync();
            // An administrator's rights need the second step.
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = address };
        var token = Token().Match(await client.GetStringAsync("/inloggen")).Groups[1].Value;
        var login = await client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "beheer@example.org",
            ["Password"] = Password,
            ["__RequestVerificationToken"] = token,
        }));
        if (login.Headers.Location?.OriginalString != "/inloggen/tweestaps") throw new InvalidOperationException($"Login failed: {(int)login.StatusCode} {login.Headers.Location}");
        token = Token().Match(await client.GetStringAsync("/inloggen/tweestaps")).Groups[1].Value;
        var second = await client.PostAsync("/inloggen/tweestaps", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = Totp(key),
            ["__RequestVerificationToken"] = token,
        }));
        if (second.Headers.Location?.OriginalString != "/") throw new InvalidOperationException($"Second step failed: {(int)second.StatusCode} {second.Headers.Location}");
        var cookie = "Cookie: " + cookies.GetCookieHeader(address);
        var stylesheet = ThroughputBenchmark.StylesheetOf(await client.GetStringAsync("/beheer/gebruikers"));

        Console.WriteLine($"\n== {provider}, output cache off, signed in as an administrator");
        Console.WriteLine("| URL | access-log rows per request | requests/s | share of the static file |");
        Console.WriteLine("|---|---|---|---|");
        double? statics = null;
        foreach (var url in new[] { stylesheet, "/beheer/gebruikers/nieuw", "/beheer/gebruikers" })
        {
            ThroughputBenchmark.Wrk(new Uri(address, url), 2, cookie);
            var before = await RowsAsync(app);
            var rate = ThroughputBenchmark.Wrk(new Uri(address, url), seconds, cookie);
            var written = await RowsAsync(app) - before;
            statics ??= rate;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{url}` | {written / (rate * seconds):N2} | {rate:N0} | {rate / statics.Value:P1} |"));
        }
    }

    private static async Task<long> RowsAsync(BenchApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KansrijkDb>().AccessLog.LongCountAsync();
    }

    /// <summary>The code an authenticator app shows now (RFC 6238: HMAC-SHA1, 30 s, 6 digits) for a base32 key.</summary>
    internal static string Totp(string base32)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(base32.ToUpperInvariant().Where(alphabet.Contains).Select(c => Convert.ToString(alphabet.IndexOf(c), 2).PadLeft(5, '0')));
        var secret = Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
        var counter = BitConverter.GetBytes(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
        var hash = System.Security.Cryptography.HMACSHA1.HashData(secret, counter);
        var offset = hash[^1] & 0x0f;
        var code = ((hash[offset] & 0x7f) << 24 | hash[offset + 1] << 16 | hash[offset + 2] << 8 | hash[offset + 3]) % 1_000_000;
        return code.ToString("D6", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    internal static partial Regex Token();
}
