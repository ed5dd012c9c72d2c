using System.Collections.Concurrent;
using Kansrijk.Monitor;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Platform.Caching;

/// <summary>
/// Fills the output cache again after data changed (an import, here or on another instance), so the first visitor
/// after an import does not wait for the monitor's computations. It checks the data version as often as the output
/// cache does (<c>Kansrijk:Cache:VersionCheckMilliseconds</c>) and then renders the monitor, every indicator page and
/// the other start pages through the app's own pipeline, in process, once per encoding browsers get (Brotli, gzip), for
/// each address (scheme and host) visitors used (<see cref="Saw"/>), or the ones in <c>Kansrijk:Cache:WarmHosts</c>.
/// Rendering the indicator pages computes every indicator's table, so profile pages are quick too.
/// <c>Kansrijk:Cache:WarmAfterChanges=false</c> turns it off. See docs/decisions/0010-output-cache-and-compression.md.
/// </summary>
public sealed class CacheWarmer(
    IServiceScopeFactory scopes,
    IHttpContextFactory contexts,
    PublicDataVersion dataVersion,
    MonitorDataVersion monitorVersion,
    IConfiguration configuration,
    ILogger<CacheWarmer> log) : BackgroundService
{
    /// <summary>Pages that are always warmed, besides one page per indicator.</summary>
    public static readonly string[] StartPages = ["/", "/monitor", "/coalities", "/zorgpaden", "/sociale-kaart", "/gebieden"];

    private const int MaxHosts = 4;
    private static readonly string[] Encodings = ["br", "gzip"];
    private readonly bool enabled = configuration.GetValue("Kansrijk:Cache:Enabled", true) && configuration.GetValue("Kansrijk:Cache:WarmAfterChanges", true);
    private readonly TimeSpan every = TimeSpan.FromMilliseconds(Math.Max(100, configuration.GetValue("Kansrijk:Cache:VersionCheckMilliseconds", 1000L)));
    private readonly string[] extraPaths = configuration.GetSection("Kansrijk:Cache:WarmPaths").Get<string[]>() ?? [];
    private readonly (string Scheme, HostString Host)[] configuredHosts = [.. (configuration.GetSection("Kansrijk:Cache:WarmHosts").Get<string[]>() ?? [])
        .Select(u => new Uri(u)).Select(u => (u.Scheme, HostString.FromUriComponent(u)))];
    private readonly ConcurrentDictionary<(string Scheme, string Host), long> seen = new();
    private RequestDelegate? pipeline;
    private long warmed = -1;

    /// <summary>The data version the cache was last filled for (-1: not yet).</summary>
    public long WarmedVersion => Interlocked.Read(ref warmed);

    /// <summary>How many pages the last warm-up rendered and how long it took.</summary>
    public (int Pages, TimeSpan Took) LastRun { get; private set; }

    /// <summary>Called once when the app is built: the whole pipeline, so a warm request meets what a visitor meets.</summary>
    public void Attach(RequestDelegate app) => pipeline = app;

    /// <summary>An anonymous visitor asked for a cacheable page at this address; remember the few most recent.</summary>
    public void Saw(HttpRequest request)
    {
        if (!enabled || configuredHosts.Length > 0 || !request.Host.HasValue)
        {
            return;
        }
        var key = (request.Scheme, request.Host.Value);
        var now = Environment.TickCount64;
        if (seen.TryGetValue(key, out var last) && now - last < 10_000)
        {
            return;
        }
        seen[key] = now;
        if (seen.Count > MaxHosts)
        {
            // an address nobody used for the longest time goes (a stray Host header cannot push out the real one for long)
            var oldest = seen.OrderBy(s => s.Value).First().Key;
            seen.TryRemove(oldest, out _);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!enabled)
        {
            return;
        }
        long? known = null;
        long knownMonitor = monitorVersion.Current;
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var version = await dataVersion.CurrentAsync(stoppingToken);
                var monitor = monitorVersion.Current;
                if (version is not { } current || pipeline is null)
                {
                    continue;
                }
                if (known is null)
                {
                    // at start-up there is nothing new to warm; the next change is
                    known = current;
                    knownMonitor = monitor;
                    Interlocked.Exchange(ref warmed, current);
                    continue;
                }
                if (current == known && monitor == knownMonitor)
                {
                    continue;
                }
                await WarmAsync(current, stoppingToken);
                known = current;
                knownMonitor = monitor;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Renders the warm pages for every known address and encoding under data version <paramref name="version"/>.</summary>
    public async Task WarmAsync(long version, CancellationToken ct)
    {
        var hosts = configuredHosts.Length > 0 ? configuredHosts : [.. seen.Keys.Select(k => (k.Scheme, new HostString(k.Host)))];
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var pages = 0;
        if (hosts.Length > 0 && pipeline is { } app)
        {
            var paths = await PathsAsync(ct);
            foreach (var (scheme, host) in hosts)
            {
                foreach (var path in paths)
                {
                    foreach (var encoding in Encodings)
                    {
                        ct.ThrowIfCancellationRequested();
                        var features = WarmRequest.Features(scheme, host, path, encoding, ct);
                        var context = contexts.Create(features);
                        try
                        {
                            await app(context);
                            await WarmRequest.CompleteAsync(features);
                            pages++;
                        }
                        catch (Exception e) when (e is not OperationCanceledException)
                        {
                            log.LogWarning(e, "Cache warm-up of {Path} failed", path);
                        }
                        finally
                        {
                            contexts.Dispose(context);
                        }
                    }
                }
            }
        }
        LastRun = (pages, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        Interlocked.Exchange(ref warmed, version);
        if (pages > 0)
        {
            log.LogInformation("Cache warmed for data version {Version}: {Pages} pages in {Milliseconds} ms", version, pages, (int)LastRun.Took.TotalMilliseconds);
        }
    }

    private async Task<List<string>> PathsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Code).Select(i => i.Code).ToListAsync(ct);
        return [.. StartPages, .. indicators.Select(code => "/monitor/indicator/" + Uri.EscapeDataString(code)), .. extraPaths];
    }
}
