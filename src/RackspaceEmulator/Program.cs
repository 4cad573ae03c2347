using Autoscaler.RackspaceEmulator;

// Standalone: dotnet run --project src/RackspaceEmulator -- --urls http://127.0.0.1:PORT
// Accounts, limits and faults come from the "Emulator" configuration section (appsettings.json, environment, command line).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.AddRackspaceEmulator(builder.Configuration);
var app = builder.Build();
app.MapRackspaceEmulator();
app.Run();
