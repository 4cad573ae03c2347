using Autoscaler.AgentSidecar;

var app = SidecarApp.Build(args);
app.Run();
