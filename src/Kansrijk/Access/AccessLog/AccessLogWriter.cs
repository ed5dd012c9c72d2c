using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Access.AccessLog;

/// <summary>
/// The one small API every feature calls to log a read or change of personal data, a login or an
/// administrator action. Appends are serialised: within this process by a lock, across instances by
/// the primary key on Sequence (a losing writer retries on the new end of the chain).
/// </summary>
public sealed class AccessLogWriter(
    IServiceScopeFactory scopes,
    IHttpContextAccessor http,
    TimeProvider clock,
    ILogger<AccessLogWriter> logger)
{
    private static readonly SemaphoreSlim AppendLock = new(1, 1);

    public async Task RecordAsync(AccessEvent e, CancellationToken cancellationToken = default)
    {
        var principal = http.HttpContext?.User;
        var signedIn = principal?.Identity?.IsAuthenticated == true;
        await AppendLock.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                // A separate context: the log row is written even when the caller's own work is rolled back.
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
                var last = await db.AccessLog.AsNoTracking().OrderByDescending(x => x.Sequence)
                    .Select(x => new { x.Sequence, x.Hash }).FirstOrDefaultAsync(cancellationToken);
                var entry = new AccessLogEntry
                {
                    Sequence = (last?.Sequence ?? 0) + 1,
                    EventId = Guid.NewGuid(),
                    OccurredAt = AccessLogHash.Truncate(clock.GetUtcNow().UtcDateTime),
                    UserId = e.UserId ?? (signedIn ? principal!.UserId() : null),
                    UserName = e.UserName ?? (signedIn ? principal!.Identity!.Name : null),
                    Role = e.Role ?? (signedIn ? principal!.RolesText() : null),
                    OnBehalfOf = e.OnBehalfOf,
                    Action = e.Action,
                    ObjectType = e.ObjectType,
                    ObjectId = e.ObjectId,
                    ClientId = e.ClientId,
                    Outcome = e.Outcome,
                    SourceAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
                    Details = e.Details,
                    PreviousHash = last?.Hash ?? AccessLogHash.Genesis,
                };
                db.AccessLog.Add(entry.Seal());
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return;
                }
                catch (DbUpdateException ex) when (attempt < 5)
                {
                    logger.LogWarning(ex, "Access log append collided at sequence {Sequence}; retrying", entry.Sequence);
                }
            }
        }
        finally
        {
            AppendLock.Release();
        }
    }
}
