using Autoscaler.Controller.Agents;
using Autoscaler.Controller.Hosting;
using Autoscaler.Controller.Operations;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllerCore(builder.Configuration);
builder.Services.AddAgentProtocol(builder.Configuration);
builder.Services.AddOperationsSurface(builder.Configuration);

var app = builder.Build();

app.MapAgentProtocol();
app.MapOperationsSurface();

app.Run();

/// <summary>The controller's entry point; public so functional tests can host it.</summary>
public partial class Program;
