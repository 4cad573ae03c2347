using System.CommandLine;
using Autoscaler.Benchmarks.Ingestion;
using Autoscaler.Benchmarks.Reaction;
using BenchmarkDotNet.Running;

namespace Autoscaler.Benchmarks;

/// <summary>Runs the BenchmarkDotNet suites, <c>host-agents</c> for the load generator, or <c>reaction</c> (an explicit
/// class: the controller's public Program would clash with a top-level one).</summary>
internal static class BenchmarksEntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == ReactionCommand.CommandName)
        {
            return await ReactionCommand.RunAsync(args[1..]).ConfigureAwait(false);
        }

        if (args.Length == 0 || args[0] != AgentIngestionHost.CommandName)
        {
            BenchmarkSwitcher.FromAssembly(typeof(BenchmarksEntryPoint).Assembly).Run(args);
            return 0;
        }

        var servers = new Option<int>("--servers") { Description = "Servers to register (1-20000).", DefaultValueFactory = _ => 10_000 };
        var tokens = new Option<FileInfo>("--tokens") { Description = "Where to write serverId,token lines for the load generator.", Required = true };
        var duration = new Option<int>("--duration-seconds") { Description = "Stop after this many seconds (1-3600).", DefaultValueFactory = _ => 300 };
        var command = new RootCommand("Host the controller's agent service with registered servers, for the load generator.") { servers, tokens, duration };
        command.Validators.Add(result =>
        {
            if (result.GetResult(servers) is { } s && s.GetValueOrDefault<int>() is < 1 or > 20_000)
            {
                result.AddError("--servers must be between 1 and 20000.");
            }

            if (result.GetResult(duration) is { } d && d.GetValueOrDefault<int>() is < 1 or > 3_600)
            {
                result.AddError("--duration-seconds must be between 1 and 3600.");
            }
        });
        command.SetAction((parse, cancellationToken) => AgentIngestionHost.RunAsync(parse.GetValue(servers), parse.GetRequiredValue(tokens).FullName, parse.GetValue(duration), cancellationToken));
        return await command.Parse(args[1..]).InvokeAsync().ConfigureAwait(false);
    }
}
