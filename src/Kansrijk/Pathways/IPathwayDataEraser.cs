namespace Kansrijk.Pathways;

/// <summary>
/// A module that keeps data about the woman of a pathway (her answers, the cases discussed about her) erases it when her
/// pathway is anonymised: on her request or after the retention period (<see cref="PathwayAnonymiser"/>). It keeps only
/// what the process indicators count. It changes tracked entities; the anonymiser's caller saves, in one transaction.
/// </summary>
public interface IPathwayDataEraser
{
    Task EraseAsync(int pathwayId, CancellationToken ct);
}
