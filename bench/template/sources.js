var externalData = {
    sources: [
//      {
//          "name": '',
//          "type": '',
//          "url": ''
//        },
    ],
    layers: [
//      {
//          "id": "",
//          "type": "",
//          "source": "",
//          "source-layer": "",
//          "layout": {
//              "text-field": ["to-string", ["get", "Name"]],
//              "text-font": ["Open Sans SemiBold", "Arial Unicode MS Regular"],
//              "text-size": 10,
//              "text-padding": 0
//          },
//          "paint": {
//              "text-color": "#ffffff",
//              "text-halo-color": "hsl(0, 99%, 1%)",
//              "text-halo-width": 1,
//              "text-opacity": 0
//          }
//      }
    ]
};