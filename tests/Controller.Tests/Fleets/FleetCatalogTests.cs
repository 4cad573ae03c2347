using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Tests.Policy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Autoscaler.Controller.Tests.Fleets;

public sealed class FleetCatalogTests
{
    [Fact]
    public void Validate_SeveralProblems_ReportsEveryOneWithItsKey()
    {
        var options = new FleetCatalogOptions();
        options.Fleets["Bad Name"] = new FleetOptions
        {
            SlotsPerServer = 0, MinServers = 5, MaxServers = 2, FreeSlotsPercent = 100, WaitingPlayersTtl = TimeSpan.Zero,
        };

        var result = new FleetCatalogValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.StartsWith("Fleets:Bad Name: the fleet name", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Fleets:Bad Name:ImageId", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Fleets:Bad Name:FlavorId", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Fleets:Bad Name:SlotsPerServer", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Fleets:Bad Name:MaxServers", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Fleets:Bad Name:FreeSlotsPercent", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Fleets:Bad Name:WaitingPlayersTtl", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0.4, 30, 3600, "AdaptiveBufferQuantile")]
    [InlineData(1.01, 30, 3600, "AdaptiveBufferQuantile")]
    [InlineData(0.99, 0, 3600, "AdaptiveBufferMinimumErrors")]
    [InlineData(0.99, 30, 5, "AdaptiveBufferWindow")]
    [InlineData(0.99, 30, 86401, "AdaptiveBufferWindow")]
    public void Validate_AdaptiveBufferOutOfRange_NamesTheSetting(double quantile, int minimumErrors, int windowSeconds, string setting)
    {
        var options = new FleetCatalogOptions();
        options.Fleets["f"] = PolicyFixture.Options(o =>
        {
            o.AdaptiveBufferQuantile = quantile;
            o.AdaptiveBufferMinimumErrors = minimumErrors;
            o.AdaptiveBufferWindow = TimeSpan.FromSeconds(windowSeconds);
        });

        var failures = new FleetCatalogValidator().Validate(null, options).Failures!.ToList();

        var failure = Assert.Single(failures);
        Assert.StartsWith($"Fleets:f:{setting}", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BaselineOptions_Pass()
    {
        var options = new FleetCatalogOptions();
        options.Fleets["f"] = PolicyFixture.Options();

        Assert.True(new FleetCatalogValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Fixed_InvalidOptions_ThrowsListingProblems()
    {
        var bad = PolicyFixture.Options(o => { o.ScaleUpUtilisation = 0; o.HeartbeatTimeout = TimeSpan.Zero; });

        var error = Assert.Throws<OptionsValidationException>(() => FleetCatalog.Fixed(new Dictionary<string, FleetOptions> { ["f"] = bad }));

        Assert.Contains("Fleets:f:ScaleUpUtilisation", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fleets:f:HeartbeatTimeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reload_ValidEdit_TakesEffect()
    {
        using var host = new ConfiguredCatalog(("Fleets:f:ImageId", "img"), ("Fleets:f:FlavorId", "flv"), ("Fleets:f:MinFreeSlots", "4"));

        host.Set("Fleets:f:MinFreeSlots", "9");

        Assert.Equal(9, host.Catalog.Get("f").MinFreeSlots);
    }

    [Fact]
    public void Reload_InvalidEdit_KeepsLastGoodAndLogsTheKey()
    {
        using var host = new ConfiguredCatalog(("Fleets:f:ImageId", "img"), ("Fleets:f:FlavorId", "flv"), ("Fleets:f:MinFreeSlots", "4"));

        host.Set("Fleets:f:MinFreeSlots", "-3");

        Assert.Equal(4, host.Catalog.Get("f").MinFreeSlots);
        Assert.Contains(host.Logs, l => l.Contains("Fleets:f:MinFreeSlots", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_AddedFleet_RejectedUntilRestart()
    {
        using var host = new ConfiguredCatalog(("Fleets:f:ImageId", "img"), ("Fleets:f:FlavorId", "flv"));

        host.Set("Fleets:g:ImageId", "img", ("Fleets:g:FlavorId", "flv"));

        Assert.Equal(["f"], host.Catalog.Names);
        Assert.Contains(host.Logs, l => l.Contains("restart", StringComparison.Ordinal));
    }

    /// <summary>A catalog over an in-memory configuration that can be edited, with its log lines captured.</summary>
    private sealed class ConfiguredCatalog : IDisposable
    {
        private readonly IConfigurationRoot _configuration;
        private readonly ServiceProvider _services;

        public ConfiguredCatalog(params (string Key, string Value)[] settings)
        {
            _configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
            var services = new ServiceCollection();
            var fleets = _configuration.GetSection(FleetCatalogOptions.SectionName);
            services.AddOptions<FleetCatalogOptions>().Configure(o => fleets.Bind(o.Fleets));
            services.AddSingleton<IOptionsChangeTokenSource<FleetCatalogOptions>>(new ConfigurationChangeTokenSource<FleetCatalogOptions>(fleets));
            services.AddLogging(b => b.AddProvider(new ListLoggerProvider(Logs)));
            services.AddSingleton<FleetCatalog>();
            _services = services.BuildServiceProvider();
            Catalog = _services.GetRequiredService<FleetCatalog>();
        }

        public FleetCatalog Catalog { get; }

        public List<string> Logs { get; } = [];

        public void Set(string key, string value, params (string Key, string Value)[] more)
        {
            _configuration[key] = value;
            foreach (var (k, v) in more)
            {
                _configuration[k] = v;
            }

            _configuration.Reload();
        }

        public void Dispose() => _services.Dispose();
    }

    private sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines);

        public void Dispose()
        {
        }

        private sealed class ListLogger(List<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (lines)
                {
                    lines.Add(formatter(state, exception));
                }
            }
        }
    }
}
