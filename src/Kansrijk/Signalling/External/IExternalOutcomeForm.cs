using Kansrijk.Platform.Layout;
using Kansrijk.Signalling.Instruments;

namespace Kansrijk.Signalling.External;

/// <summary>What the fields of an outcome of another instrument need, for recording and for correcting alike.</summary>
public interface IExternalOutcomeForm
{
    IReadOnlyList<Domain> Domains { get; }
    FormErrors Errors { get; }
    string? Instrument { get; }
    string? OtherName { get; }
    string? Date { get; }
    Dictionary<string, string?> Results { get; }
}
