using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Platform;

/// <summary>
/// `Kansrijk migrate`: applies the migrations and loads the reference data, then exits, so that operators can run
/// it as a deployment step before starting instances with Database:MigrateOnStart=false. With --demo (Development
/// only) it also loads the demo data.
/// </summary>
public static class MigrateCommand
{
    public const string Name = "migrate";

    public static async Task<int> RunAsync(WebApplication app)
    {
        var demo = app.Configuration.GetValue<bool>("Kansrijk:Demo");
        int pending;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            pending = (await db.Database.GetPendingMigrationsAsync()).Count();
        }
        try
        {
            await DatabaseStartup.PrepareAsync(app.Services, demo);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"De database kon niet worden bijgewerkt: {e.Message}");
            return 1;
        }
        Console.WriteLine(pending == 0
            ? "De database was al bijgewerkt: geen migraties toegepast."
            : $"De database is bijgewerkt: {pending} migraties toegepast.");
        return 0;
    }
}
