using Kansrijk.Access;
using Kansrijk.Demo;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Kansrijk.Platform;

/// <summary>
/// Runs before the server takes requests: migrates the database, loads reference areas and, in demo
/// mode, demo data; unless Database:MigrateOnStart is false, when `Kansrijk migrate` does that as a deployment step. Once the server listens it prints the address and the demo accounts.
/// </summary>
public sealed class StartupTasks(IServiceProvider services, IConfiguration configuration, IHostApplicationLifetime lifetime,
    IServer server, DatabaseOptions database) : IHostedService
{
    public bool Demo => configuration.GetValue<bool>("Kansrijk:Demo");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.MigrateOnStart)
        {
            await DatabaseStartup.PrepareAsync(services, Demo, cancellationToken);
        }
        lifetime.ApplicationStarted.Register(PrintWelcome);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void PrintWelcome()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine();
        Console.WriteLine($"Kansrijk draait op {string.Join(", ", addresses)} (database: {database.Provider}).");
        if (Demo)
        {
            Console.WriteLine($"Demo-accounts (wachtwoord voor allemaal: {DemoAccounts.Password}):");
            foreach (var account in DemoAccounts.All)
            {
                Console.WriteLine($"  {account.Email,-40} {RoleNames.Dutch(account.Role)}");
            }
            Console.WriteLine($"  De beheerder logt in met tweestapsverificatie: zet de sleutel {DemoAccounts.AdministratorAuthenticatorKey} in een authenticator-app.");
        }
        Console.WriteLine();
    }
}
