global using AntiTrafficking.Indicators.Tests.Support;
global using static AntiTrafficking.Indicators.Tests.Support.Events;
