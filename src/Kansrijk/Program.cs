using Kansrijk.Access.AccessLog;
using Kansrijk.Monitor.Import;
using Kansrijk.Platform;

if (args.FirstOrDefault() == ImportCommand.Name)
{
    return await ImportCommand.RunAsync(args[1..]);
}

if (args.FirstOrDefault() == VerifyAccessLogCommand.Name)
{
    return await VerifyAccessLogCommand.RunAsync(args[1..]);
}

var app = KansrijkApp.Build(args);
await app.RunAsync();
return 0;

/// <summary>Entry point; public so the tests can start the real app.</summary>
public partial class Program;
