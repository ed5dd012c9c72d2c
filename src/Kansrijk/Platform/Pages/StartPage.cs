using System.Security.Claims;
using Kansrijk.Access;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Platform.Pages;

/// <summary>What each role finds on its start page: its own work first. Read-only counts and links to the feature pages.</summary>
public sealed class StartPage(KansrijkDb db, TimeProvider clock)
{
    public sealed record Place(string Code, string Name);
    public sealed record CoalitionWork(int Id, string Name, IReadOnlyList<Place> OpenQuestionnaires, int QuestionnaireYear, IReadOnlyList<Change> Changes);
    public sealed record Change(DateTime At, string Who, string What);
    public sealed record Import(DateTime At, string Source, int Rows, bool Synthetic);
    public sealed record Administration(int Users, int WithoutSecondFactor, int LockedOut, int AccessLogRows, DateTime? LastAccess);

    /// <summary>The municipalities in the user's scope claims for a role ("Coordinator|Municipality:GM0392").</summary>
    public static IReadOnlyList<string> Municipalities(ClaimsPrincipal user, Role role) =>
        [.. user.FindAll(KansrijkClaimTypes.Scope).Select(c => c.Value)
            .Where(v => v.StartsWith($"{role}|{ScopeType.Municipality}:", StringComparison.Ordinal))
            .Select(v => v[(v.IndexOf(':') + 1)..]).Distinct()];

    public async Task<IReadOnlyList<Place>> PlacesAsync(IReadOnlyList<string> codes, CancellationToken ct) =>
        await db.Areas.AsNoTracking().Where(a => codes.Contains(a.Code)).OrderBy(a => a.Name)
            .Select(a => new Place(a.Code, a.Name)).ToListAsync(ct);

    /// <summary>The coalitions her municipalities are in, each with last year's questionnaires not yet confirmed and the newest changes.</summary>
    public async Task<IReadOnlyList<CoalitionWork>> CoalitionsAsync(IReadOnlyList<string> municipalities, CancellationToken ct)
    {
        var year = clock.GetUtcNow().Year - 1;
        var coalitions = await db.Coalitions.AsNoTracking()
            .Where(c => c.Municipalities.Any(m => municipalities.Contains(m.MunicipalityCode)))
            .OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, Codes = c.Municipalities.Select(m => m.MunicipalityCode).ToList() })
            .ToListAsync(ct);
        var result = new List<CoalitionWork>();
        foreach (var c in coalitions)
        {
            var confirmed = await db.YearlyQuestionnaires.AsNoTracking()
                .Where(q => q.Year == year && c.Codes.Contains(q.MunicipalityCode) && q.ConfirmedOn != null)
                .Select(q => q.MunicipalityCode).ToListAsync(ct);
            var open = await PlacesAsync([.. c.Codes.Where(code => municipalities.Contains(code) && !confirmed.Contains(code))], ct);
            var changes = (await db.CoalitionChanges.AsNoTracking().Where(x => x.CoalitionId == c.Id)
                    .OrderByDescending(x => x.Id).Take(5).ToListAsync(ct))
                .Select(x => new Change(x.ChangedAt, x.ChangedBy, x.What)).ToList();
            result.Add(new CoalitionWork(c.Id, c.Name, open, year, changes));
        }
        return result;
    }

    public async Task<IReadOnlyList<Import>> ImportsAsync(CancellationToken ct) =>
        (await db.ImportBatches.AsNoTracking().OrderByDescending(b => b.Id).Take(5).ToListAsync(ct))
            .Select(b => new Import(b.ImportedAt, b.Source, b.RowCount, b.Synthetic)).ToList();

    public async Task<int> IndicatorCountAsync(CancellationToken ct) => await db.Indicators.CountAsync(ct);

    public async Task<Administration> AdministrationAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var users = await db.Users.CountAsync(ct);
        var withoutSecondFactor = await db.Users.CountAsync(u => !u.TwoFactorEnabled, ct);
        var lockedOut = (await db.Users.AsNoTracking().Where(u => u.LockoutEnd != null).Select(u => u.LockoutEnd).ToListAsync(ct))
            .Count(end => end > now);
        var rows = await db.AccessLog.CountAsync(ct);
        var last = rows == 0 ? null : (DateTime?)await db.AccessLog.MaxAsync(e => e.OccurredAt, ct);
        return new Administration(users, withoutSecondFactor, lockedOut, rows, last);
    }
}
