// Draws the portal's charts with ECharts from each element's data-chart attribute (JSON written
// by the server): the content security policy allows no inline script. Every chart's numbers are
// also in a table beside it, so a reader without the chart loses nothing.
(function () {
  'use strict';

  var GRADE_COLOURS = { A: '#2e7d32', B: '#1565c0', C: '#b26a00', D: '#c62828', none: '#78909c' };
  var FONT = '"Noto Sans JP", "IPAexGothic", "Hiragino Sans", "Yu Gothic", sans-serif';

  function indicatorOption(data) {
    var target = data.series[0];
    var actual = data.series[1];
    return {
      textStyle: { fontFamily: FONT },
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [target.name, actual.name] },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.categories.map(function (y) { return y.replace(/ \(/, '\n('); }),
                axisLabel: { interval: 0, color: '#1f2933' } },
      yAxis: { type: 'value', name: data.unit, nameTextStyle: { color: '#1f2933' }, axisLabel: { color: '#1f2933' } },
      series: [
        { name: actual.name, type: 'bar', data: actual.data, itemStyle: { color: '#0b5cad' }, barMaxWidth: 40,
          label: { show: true, position: 'top', color: '#1f2933' } },
        { name: target.name, type: 'line', data: target.data, connectNulls: true, symbol: 'diamond', symbolSize: 10,
          itemStyle: { color: '#b26a00' }, lineStyle: { type: 'dashed', width: 2 } }
      ]
    };
  }

  function gradesOption(data) {
    return {
      textStyle: { fontFamily: FONT },
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#1f2933' } },
      yAxis: { type: 'category', inverse: true, axisLabel: { color: '#1f2933', width: 160, overflow: 'truncate' },
               data: data.categories },
      series: data.series.map(function (s) {
        return { name: s.name, type: 'bar', stack: 'grades', data: s.data,
                 itemStyle: { color: GRADE_COLOURS[s.grade] || '#78909c' },
                 label: { show: true, color: '#fff', formatter: function (p) { return p.value > 0 ? p.value : ''; } } };
      })
    };
  }

  function draw(element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    if (data.kind === 'grades') {
      element.style.height = Math.max(160, 70 + data.categories.length * 36) + 'px';
    }
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(data.kind === 'grades' ? gradesOption(data) : indicatorOption(data));
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function drawAll() {
    if (typeof echarts === 'undefined') {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('.chart[data-chart]'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
}());
