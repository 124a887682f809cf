/**
 * Brand names sellers on Shopee and Tokopedia write in capitals on purpose ("JINISO", "SAMSUNG", "LG"). When Rapi turns
 * an ALL CAPS title into normal case it keeps these as the seller wrote them (docs/suggestions.md#the-sellers-words).
 * The listing's own brand field always counts too; this list covers listings read without one.
 */
const BRANDS = `
 samsung xiaomi redmi poco oppo vivo realme infinix tecno itel motorola nokia apple iphone ipad huawei asus acer lenovo
 dell sony sharp panasonic polytron toshiba philips hisense coocaa changhong maspion miyako sanken
 denpoo gree daikin midea modena electrolux uniqlo jiniso erigo eiger wardah emina scarlett somethinc avoskin azarine garnier
 ponds vaseline nivea makarizo implora eglow 
 nescafe excelso torabika indocafe kopiko indofood indomie sedaap 
 bandai tamiya pioneer novation yamaha roland casio sandisk kingston adata seagate anker baseus ugreen
 vention orico logitech rexus fantech jbl edifier xiaomi canon nikon fujifilm epson iwata 
 unisoc mediatek snapdragon dolby zara nike adidas puma converse aerostreet
`;

export const KNOWN_BRANDS: ReadonlySet<string> = new Set(BRANDS.toLowerCase().split(/\s+/).filter(Boolean));
