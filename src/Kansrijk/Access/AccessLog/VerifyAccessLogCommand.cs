using Kansrijk.Platform;

namespace Kansrijk.Access.AccessLog;

/// <summary>
/// <c>dotnet run --project src/Kansrijk -- verify-access-log</c>: checks the whole log against the key and the
/// checkpoints of the configured database. Prints the first broken row and exits 1 when anything is wrong.
/// </summary>
public static class VerifyAccessLogCommand
{
    public const string Name = "verify-access-log";

    public static async Task<int> RunAsync(string[] args)
    {
        AccessActor.CommandLineUser = Environment.UserName;
        await using var app = KansrijkApp.Build(args);
        await using var scope = app.Services.CreateAsyncScope();
        var check = await scope.ServiceProvider.GetRequiredService<AccessLogVerifier>().VerifyAsync();
        if (check.Intact)
        {
            Console.WriteLine($"Het toegangslog is in orde: {check.Checked} regels gecontroleerd, {check.Checkpoints} controlepunten, {check.Unlinked} regels nog niet in de keten.");
            return 0;
        }
        Console.Error.WriteLine($"Het toegangslog is NIET in orde. Eerste fout: {check.Reason}");
        return 1;
    }
}
