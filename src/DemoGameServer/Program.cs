using Autoscaler.DemoGameServer;

// The docker-compose demo's machines. Role "Cloud": the emulated Rackspace cloud, which also writes each ACTIVE
// server's personality files to the shared disks folder (what a real cloud injects into the VM). Role "GameServer"
// (default): one game server that claims a booted server's disk, reads its agent bootstrap file and runs the real
// Agent with a simulated player load.
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddDemoMachine(builder.Configuration);
await builder.Build().RunAsync();
