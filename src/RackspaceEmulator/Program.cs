using Autoscaler.RackspaceEmulator;
using Autoscaler.RackspaceEmulator.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

// Standalone: dotnet run --project src/RackspaceEmulator -- --urls http://127.0.0.1:PORT
// Accounts, limits and faults come from the "Emulator" configuration section (appsettings, environment, command line).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.AddRackspaceEmulator(builder.Configuration);
var app = builder.Build();
app.MapRackspaceEmulator();
app.Lifetime.ApplicationStarted.Register(() =>
{
    var logger = app.Services.GetRequiredService<ILogger<CloudModel>>();
    var model = app.Services.GetRequiredService<CloudModel>();
    foreach (var address in app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
    {
        EmulatorLog.Listening(logger, address);
    }

    // Usernames and tenants only: keys and passwords never reach a log.
    EmulatorLog.Accounts(logger, string.Join(", ", model.Accounts.Select(a => a.ToString())), string.Join(", ", model.Regions));
});
app.Run();
