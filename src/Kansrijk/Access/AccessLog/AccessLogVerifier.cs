using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Access.AccessLog;

/// <param name="Intact">Nothing was changed, forged, removed, reordered or cut off.</param>
/// <param name="Checked">Rows checked.</param>
/// <param name="FirstBroken">The log row id (or chain position when the row is gone) where it first goes wrong.</param>
/// <param name="Reason">In Dutch, for the page and the command line.</param>
/// <param name="Unlinked">Rows with a valid MAC that the sealer has not linked yet.</param>
public sealed record ChainCheck(bool Intact, long Checked, long? FirstBroken, string? Reason, long Unlinked = 0, long Checkpoints = 0);

/// <summary>
/// Checks every row's MAC, walks the chain from position 1 and compares it with every checkpoint outside the
/// database. Finds an edited row, a forged row, a removed row, a renumbered or reordered chain and cut-off rows.
/// </summary>
public sealed class AccessLogVerifier(KansrijkDb db, AccessLogKey key, AccessLogCheckpoints checkpoints)
{
    public async Task<ChainCheck> VerifyAsync(CancellationToken ct = default)
    {
        var marks = checkpoints.Read();
        if (marks.FirstOrDefault(m => !m.Valid) is { } badMark)
        {
            return new ChainCheck(false, 0, null, $"Controlepunt op regel {badMark.Line} van {checkpoints.Path} is vervalst of beschadigd.");
        }
        var expectedAt = marks.GroupBy(m => m.Position).ToDictionary(g => g.Key, g => g.Select(m => m.ChainMac).Distinct().ToList());

        var linkedEvents = new HashSet<Guid>();
        var chain = AccessLogKey.Genesis;
        long position = 0, checkedRows = 0;
        var links = from l in db.AccessLogChain.AsNoTracking()
                    join e in db.AccessLog.AsNoTracking() on l.EventId equals e.EventId into rows
                    from e in rows.DefaultIfEmpty()
                    orderby l.Position
                    select new { Link = l, Entry = e };
        await foreach (var item in links.AsAsyncEnumerable().WithCancellation(ct))
        {
            position++;
            checkedRows++;
            var link = item.Link;
            if (link.Position != position)
            {
                return new ChainCheck(false, checkedRows, position, $"Plaats {position} in de keten ontbreekt: er zijn regels weggehaald.");
            }
            if (item.Entry is null)
            {
                return new ChainCheck(false, checkedRows, position, $"De regel op plaats {position} in de keten (gebeurtenis {link.EventId}) is weggehaald.");
            }
            if (!AccessLogKey.Same(key.EntryMac(item.Entry), item.Entry.Mac))
            {
                return new ChainCheck(false, checkedRows, item.Entry.Id, $"Regel {item.Entry.Id} is veranderd of vervalst.");
            }
            chain = key.ChainMac(chain, position, link.EventId, item.Entry.Mac);
            if (!AccessLogKey.Same(chain, link.ChainMac))
            {
                return new ChainCheck(false, checkedRows, item.Entry.Id, $"De keten klopt niet bij regel {item.Entry.Id} (plaats {position}): de volgorde of de keten is veranderd.");
            }
            if (expectedAt.TryGetValue(position, out var anchored) && !anchored.Contains(chain))
            {
                return new ChainCheck(false, checkedRows, item.Entry.Id, $"De keten bij plaats {position} past niet bij het controlepunt buiten de database.");
            }
            linkedEvents.Add(link.EventId);
        }
        var lastMark = marks.Count == 0 ? 0 : marks.Max(m => m.Position);
        if (lastMark > position)
        {
            return new ChainCheck(false, checkedRows, position + 1,
                $"De nieuwste regels zijn weggehaald: het controlepunt buiten de database kent {lastMark} plaatsen, de keten maar {position}.");
        }

        long unlinked = 0;
        await foreach (var entry in db.AccessLog.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (linkedEvents.Contains(entry.EventId)) continue;
            checkedRows++;
            if (!AccessLogKey.Same(key.EntryMac(entry), entry.Mac))
            {
                return new ChainCheck(false, checkedRows, entry.Id, $"Regel {entry.Id} is veranderd of vervalst.");
            }
            unlinked++;
        }
        return new ChainCheck(true, checkedRows, null, null, unlinked, marks.Count);
    }
}
