using System.Security.Claims;
using Kansrijk.Platform.Database;

namespace Kansrijk.Access.AccessLog;

/// <summary>
/// The one small API every feature uses to log. <see cref="Add"/> puts the row into the caller's unit of work, so it is
/// written in the same transaction as the change it records; <see cref="RecordAsync"/> writes a row on its own, for
/// reads, logins and refusals. Rows are numbered by the database and chained later by <see cref="AccessLogSealer"/>,
/// so no writer waits for another.
/// </summary>
public sealed class AccessLogWriter(IServiceScopeFactory scopes, AccessActor actor, AccessLogKey key, TimeProvider clock)
{
    public async Task RecordAsync(AccessEvent e, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        db.AccessLog.Add(Entry(e));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds the row to <paramref name="db"/>'s pending changes: saved together with them, or not at all.</summary>
    public void Add(KansrijkDb db, AccessEvent e) => db.AccessLog.Add(Entry(e));

    public AccessLogEntry Entry(AccessEvent e)
    {
        var who = actor.Current();
        var details = e.Details is { Length: > AccessLogKey.MaxDetails } text ? text[..(AccessLogKey.MaxDetails - 1)] + "…" : e.Details;
        return new AccessLogEntry
        {
            EventId = Guid.NewGuid(),
            OccurredAt = AccessLogKey.Truncate(clock.GetUtcNow().UtcDateTime),
            UserId = e.UserId ?? who.UserId,
            UserName = e.UserName ?? who.UserName,
            Role = e.Role ?? who.Role,
            OnBehalfOf = e.OnBehalfOf,
            Action = e.Action,
            ObjectType = e.ObjectType,
            ObjectId = e.ObjectId is { Length: > 120 } id ? id[..120] : e.ObjectId,
            ClientId = e.ClientId,
            Outcome = e.Outcome,
            SourceAddress = who.SourceAddress,
            Details = details,
        }.Seal(key);
    }
}

/// <summary>Who is acting now: the signed-in user of the request, or the system (start-up, command line).</summary>
public sealed class AccessActor(IHttpContextAccessor http)
{
    public sealed record Who(string? UserId, string? UserName, string? Role, string? SourceAddress);

    /// <summary>Set by a command-line run, so its changes name who ran it.</summary>
    public static string? CommandLineUser { get; set; }

    private static readonly AsyncLocal<string?> ActingName = new();

    /// <summary>
    /// Names the actor of what is logged inside the scope (this async flow only), for a path where nobody signs in but
    /// someone known acts, such as the woman with her code; everything else keeps the signed-in user or "systeem".
    /// </summary>
    public static IDisposable ActingAs(string name)
    {
        var before = ActingName.Value;
        ActingName.Value = name;
        return new Restore(before);
    }

    private sealed class Restore(string? before) : IDisposable
    {
        public void Dispose() => ActingName.Value = before;
    }

    public Who Current()
    {
        var context = http.HttpContext;
        if (ActingName.Value is { } acting)
        {
            return new Who(null, acting, null, context?.Connection.RemoteIpAddress?.ToString());
        }
        if (context is null)
        {
            return new Who(null, CommandLineUser is null ? "systeem" : $"opdrachtregel ({CommandLineUser})", null, null);
        }
        var user = context.User;
        var signedIn = user.Identity?.IsAuthenticated == true;
        return new Who(
            signedIn ? user.UserId() : null,
            signedIn ? user.Identity!.Name : null,
            signedIn ? RoleWithScopes(user) : null,
            context.Connection.RemoteIpAddress?.ToString());
    }

    /// <summary>"Coördinator (Gemeente:GM0392), Analist": roles with the scope each holds.</summary>
    public static string RoleWithScopes(ClaimsPrincipal user)
    {
        var scopes = user.FindAll(KansrijkClaimTypes.Scope).Select(c => c.Value.Split('|', 2)).Where(p => p.Length == 2)
            .ToLookup(p => p[0], p => p[1]);
        var parts = user.FindAll(ClaimTypes.Role).Select(c =>
        {
            var name = Enum.TryParse<Role>(c.Value, out var r) ? RoleNames.Dutch(r) : c.Value;
            var own = scopes[c.Value].ToList();
            return own.Count == 0 ? name : $"{name} ({string.Join(", ", own)})";
        });
        var text = string.Join(", ", parts);
        if (user.HasClaim(Policies.MfaClaimType, Policies.MfaClaimValue)) text += " [tweede factor]";
        return text.Length > 400 ? text[..400] : text;
    }
}
