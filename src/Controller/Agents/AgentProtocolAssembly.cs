using System.Runtime.CompilerServices;

// The agent tests host the Cloud service over real gRPC with a fake gateway (Controller.csproj is the core's file).
[assembly: InternalsVisibleTo("Autoscaler.Agent.Tests")]
