using System.CommandLine;
using Autoscaler.LoadGenerator.Load;
using Autoscaler.LoadGenerator.Sink;

var root = new RootCommand("Load generator for the controller's agent streams, with a no-op gRPC sink for the ceiling. Loopback only.")
{
    MeasureCommand.Create(),
    SinkCommand.Create(),
};
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
