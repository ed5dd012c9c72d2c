using System.Globalization;
using System.Reflection;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Kansrijk.Access.AccessLog;

/// <summary>Entities whose changes are logged elsewhere (history tables, the log itself, bulk data with its import row).</summary>
public interface INotAudited;

/// <summary>Data about one client: its log rows carry her key, so "who saw or changed her data" is one query.</summary>
public interface IClientData
{
    string ClientKey { get; }
}

/// <summary>
/// Turns every tracked change into an access-log row, written by <see cref="KansrijkDb"/> in the same transaction as
/// the change. Secrets (password hashes, stamps, tokens) and personal data are named as changed, never shown.
/// </summary>
public sealed class ChangeAudit(AccessLogWriter writer)
{
    /// <summary>More changes of one kind in one save become one summary row.</summary>
    public const int SummariseAbove = 50;

    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Value", "RecoveryCodes", "AuthenticatorKey", "Xml",
    };

    public sealed record Pending(EntityEntry Entry, AccessAction Action, string? Before);

    /// <summary>The tracker's changes as KansrijkDb sees them (it has just detected changes).</summary>
    public IReadOnlyList<Pending> Collect(ChangeTracker tracker)
    {
        return [.. tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not INotAudited and not IAppendOnly)
            .Select(e => new Pending(e, e.State switch
            {
                EntityState.Added => AccessAction.Create,
                EntityState.Deleted => AccessAction.Delete,
                _ => AccessAction.Update,
            }, e.State == EntityState.Modified ? Modified(e) : e.State == EntityState.Deleted ? Values(e, current: false) : null))];
    }

    /// <summary>The rows, made after the save so that new rows have their keys.</summary>
    public IEnumerable<AccessLogEntry> Entries(IReadOnlyList<Pending> pending)
    {
        foreach (var kind in pending.GroupBy(p => (Type: TypeName(p.Entry), p.Action)))
        {
            var list = kind.ToList();
            if (list.Count > SummariseAbove)
            {
                yield return writer.Entry(new AccessEvent(kind.Key.Action, kind.Key.Type, Details: $"{list.Count} rijen in één keer"));
                continue;
            }
            foreach (var p in list)
            {
                var details = p.Action == AccessAction.Create ? Values(p.Entry, current: true) : p.Before;
                yield return writer.Entry(new AccessEvent(p.Action, kind.Key.Type, Key(p.Entry), ClientId: (p.Entry.Entity as IClientData)?.ClientKey,
                    Details: details));
            }
        }
    }

    private static string TypeName(EntityEntry e)
    {
        var name = e.Metadata.ClrType.Name;
        var tick = name.IndexOf('`');
        return tick < 0 ? name : name[..tick];
    }

    private static string Key(EntityEntry e) =>
        string.Join("/", e.Metadata.FindPrimaryKey()?.Properties.Select(p => Convert.ToString(e.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)) ?? []);

    private static string Modified(EntityEntry e) => string.Join("; ", e.Properties
        .Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
        .Select(p => IsHidden(e, p.Metadata.Name) ? $"{p.Metadata.Name} gewijzigd" : $"{p.Metadata.Name}: {Text(p.OriginalValue)} → {Text(p.CurrentValue)}"));

    private static string Values(EntityEntry e, bool current) => string.Join("; ", e.Properties
        .Where(p => !p.Metadata.IsPrimaryKey())
        .Select(p => (p.Metadata.Name, Value: current ? p.CurrentValue : p.OriginalValue))
        .Where(p => p.Value is not null)
        .Select(p => IsHidden(e, p.Name) ? $"{p.Name} gezet" : $"{p.Name}: {Text(p.Value)}"));

    private static bool IsHidden(EntityEntry e, string property) =>
        Hidden.Contains(property)
        || e.Metadata.ClrType.GetProperty(property)?.GetCustomAttribute<PersonalDataAttribute>() is not null;

    private static string Text(object? value)
    {
        var text = value switch
        {
            null => "(leeg)",
            DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.Length > 80 ? $"'{text[..80]}…'" : $"'{text}'";
    }
}
