using Kansrijk.Access.AccessLog;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Access.Administration;

public sealed class UsersModel(KansrijkDb db, AccessLogWriter log, TimeProvider clock) : PageModel
{
    public IReadOnlyList<User> Users { get; private set; } = [];
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Users = await db.Users.AsNoTracking().Include(u => u.Roles).OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        await log.RecordAsync(new AccessEvent(AccessAction.Read, "Gebruikerslijst", Details: $"{Users.Count} gebruikers"), cancellationToken);
    }

    public static string RolesText(User user) => user.Roles.Count == 0
        ? "Geen rol"
        : string.Join(", ", user.Roles.Select(r => r.ScopeType == ScopeType.None ? RoleNames.Dutch(r.Role) : $"{RoleNames.Dutch(r.Role)} ({RoleNames.Dutch(r.ScopeType).ToLowerInvariant()} {r.ScopeId})"));

    public static bool IsLocked(User user, DateTimeOffset now) => user.LockoutEnd is { } end && end > now;
}
