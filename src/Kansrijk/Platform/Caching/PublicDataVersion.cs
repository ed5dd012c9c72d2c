using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Platform.Caching;

/// <summary>
/// Reads <see cref="DataVersion"/> for the output cache. A change made by this instance is seen at once (the
/// interceptor calls <see cref="Forget"/>); a change made by another instance within <c>Kansrijk:Cache:VersionCheckMilliseconds</c>
/// (default 1000; 0 reads the database on every cacheable request).
/// </summary>
public sealed class PublicDataVersion(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock)
{
    private readonly long checkEvery = configuration.GetValue("Kansrijk:Cache:VersionCheckMilliseconds", 1000L);
    private readonly SemaphoreSlim reading = new(1, 1);
    private long value = -1;
    private long readAt;

    /// <summary>The version, or null when the database cannot be read (then nothing is cached and the page reports the error itself).</summary>
    public async ValueTask<long?> CurrentAsync(CancellationToken ct)
    {
        var now = clock.GetTimestamp();
        var known = Interlocked.Read(ref value);
        if (known >= 0 && clock.GetElapsedTime(Interlocked.Read(ref readAt), now).TotalMilliseconds < checkEvery)
        {
            return known;
        }
        await reading.WaitAsync(ct);
        try
        {
            known = Interlocked.Read(ref value);
            if (known >= 0 && clock.GetElapsedTime(Interlocked.Read(ref readAt), clock.GetTimestamp()).TotalMilliseconds < checkEvery)
            {
                return known;
            }
            long read;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
                read = await db.Set<DataVersion>().AsNoTracking()
                    .Where(v => v.Id == DataVersion.SingleId).Select(v => v.Value).FirstOrDefaultAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Forget();
                return null;
            }
            Interlocked.Exchange(ref readAt, clock.GetTimestamp());
            Interlocked.Exchange(ref value, read);
            return read;
        }
        finally
        {
            reading.Release();
        }
    }

    /// <summary>This instance changed data: read the version again on the next request.</summary>
    public void Forget() => Interlocked.Exchange(ref value, -1);
}
