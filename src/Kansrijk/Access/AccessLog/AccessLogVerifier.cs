using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Access.AccessLog;

public sealed record ChainCheck(bool Intact, long Checked, long? FirstBrokenSequence, string? Reason);

/// <summary>Walks the chain from the first row and reports the first row whose hash or link does not fit.</summary>
public sealed class AccessLogVerifier(KansrijkDb db)
{
    public async Task<ChainCheck> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var previousHash = AccessLogHash.Genesis;
        long expected = 1, count = 0;
        await foreach (var row in db.AccessLog.AsNoTracking().OrderBy(x => x.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            count++;
            if (row.Sequence != expected)
            {
                return new ChainCheck(false, count, expected, $"Regel {expected} ontbreekt.");
            }
            if (row.PreviousHash != previousHash)
            {
                return new ChainCheck(false, count, row.Sequence, $"Regel {row.Sequence} sluit niet aan op de vorige regel.");
            }
            if (AccessLogHash.Compute(row) != row.Hash)
            {
                return new ChainCheck(false, count, row.Sequence, $"Regel {row.Sequence} is veranderd.");
            }
            previousHash = row.Hash;
            expected++;
        }
        return new ChainCheck(true, count, null, null);
    }
}
