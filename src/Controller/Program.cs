using Autoscaler.Controller.Agents;
using Autoscaler.Controller.Clouds;
using Autoscaler.Controller.Hosting;
using Autoscaler.Controller.Operations;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddDefaults(ConfigurationDefaults.Controller);
builder.Configuration.AddPolicyFile();

await builder.AddCloudAsync();
builder.Services.AddControllerCore(builder.Configuration);
builder.Services.AddAgentProtocol(builder.Configuration);
builder.Services.AddOperationsSurface(builder.Configuration);

var app = builder.Build();

app.MapAgentProtocol();
app.MapOperationsSurface();

await app.RunAsync();

/// <summary>The controller's entry point; public so functional tests can host it.</summary>
public partial class Program;
