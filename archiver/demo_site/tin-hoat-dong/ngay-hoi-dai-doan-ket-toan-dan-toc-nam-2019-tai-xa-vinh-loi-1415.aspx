<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Ngày hội Đại đoàn kết toàn dân tộc năm 2019 tại xã Vĩnh Lợi
</title><link rel="canonical" href="/tin-hoat-dong/ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2019-tai-xa-vinh-loi-1415.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/wiki.css?rev=9n8mW8NH3M1b8P6ot8F3Vw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=iIikGkMuXBs8CWzKDAyjsQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/style.css" />
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/menu.css" />
<link rel="shortcut icon" href="/Style%20Library/MTTQ/images/favicon.ico" type="image/vnd.microsoft.icon" />
<script type="text/javascript">
// <![CDATA[
var L_Menu_BaseUrl="";
var L_Menu_LCID="1066";
var L_Menu_SiteTheme="";
//]]>
</script>
<script type="text/javascript">
//<![CDATA[
document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){removeAllStatus(true)};var _fV4UI = true;//]]>
</script>
<script type="text/javascript" src="/_layouts/1066/init.js?rev=BJDmyeIV5jS04CPkRq4Ldg%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=3-VFxRdE5GKcTpEoGrWHTxqk5bTGkn8ckNkJm2cWJK0Zg0VZSxXVjHHvAdiMOHaWz3Ao6ow3pOZC_uOVm7ZaZw2&amp;t=3f4a792d"></script>
<script type="text/javascript" src="/_layouts/blank.js?rev=QGOYAJlouiWgFRlhHVlMKA%3D%3D"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery.marquee.js"></script>
<!--[if lt IE 9]><script type="text/javascript" src="/Style%20Library/MTTQ/js/html5shiv.js"></script><![endif]-->
<style type="text/css">
	.s4-skipribbonshortcut { display:none; }
	#s4-workspace { overflow: visible !important; }
	.post-content p { margin: 0 0 8px 0; text-align: justify; }
	.post-content img { max-width: 100%; height: auto; }
	.box-left .box-title { background: url(/Style%20Library/MTTQ/images/bg-title.png) no-repeat; color: #fff; font-weight: bold; }
	.font-tools a.color { display:inline-block; width:12px; height:12px; border:1px solid #ccc; }
	.ExternalClassF513842570E844B3B95E5F013680C42E p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2019-tai-xa-vinh-loi-1415.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div>
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0xEF15BE69D51F0BCE0AB9E144A826D3AB0559378D64555B2011EFEB204D5CBDC46CBBF7224A8E909189A7C4A54531C552B27E4D410844244A9842F069D6F6DA5A,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTENnlw9c11AwBjxfOmA+JYIkiEO2tiqnIoW1DTPrqSKGATrFOV3XqPgZx6rM0Fkk9AIXgUEvsmQ2lDfzYR2oCUnueIqxvYEPP4tNV7JrxbHM7awo4MZr2CtxEXLMimQ4lN5VTFrjINj7fBU7XdDm4HoK6XWYDM3MlkINb1h9Uf/I2YkATm3R+VC65ZrfFlxRkZh7d1s9t167zIJ+wNcAol+3CQW0CxmIlkXVi1bl2HzSDoBdLZe5FH7U6n/cwIVXYnaC8IMKlk9JN3+YRBFYmi+aSKIQHdQNJoseVbLh6OYqHGEWDDytGuzIbzLFOkBbS5wqy4Ig0WjAtWU6PFr/Z9Rq8dU7mcIbUKPo6/DPwlHuoTSRE1xT4DceonIQI/7N0p0O9v/AUnJ6TeejF8cwF8XnRo1rZVzycEb7ZWRVUw1dTnvrQqB2ONDlmXypGA6BATmTJX9eNnT/X610WuH1HjDDZN0I0whV1HTV4gYtq6wjAW6Sf8q0/OM2otHB9X3RO0vpvSFoaI2BeLy6YXbjOAD2z0Px93bHEo1TWA+ONdkfyvK2uzkSL1CG2aZICIE+UqgwVf4b2eKGM22NS6or5QATUQswjBOw4MwFtd9Y5q9gjcUs4mph089ZU+ND0fIvloiXj+94KH2KX7iWwBdEUvYS56lQ4+VK+L8C37kboweq0s38kQ99tNQslHmWLsCGvq91Xl9zlThkZRJKUJGKPxqeuDNNUHrCUeppNla9bjhlLNNAKHA5gxoCEeF+DZtLXinjTC8sIpe7nOyUInLdg1scvrDX8naVU+Zq8cLPxdsuOEE8Lvr/f8GVWh2J/cVWYVmOzQaOhExX9P8EHi2h6j6qweRQs56zz4O+5/s3lKCPr0jgojPf8JW8cN0wcmQ80AKhaVqNw0Psl5Nsn84fazcfX8UPswvkLpdMERWZx4ZBH1kWwtmYBWsnV0cjhLmihjgnoXVRWCariTQRTtWTB55wgnwn/2FwE7MZi1hVNH0Zr6y6l/mu9E+D74Z2LUBniPAvThbkYgd3Ah83wSVvnjTIzx4/0F7+So8a1rx03DnPCQwv88lbF2epB8zfLLX95c02GUUxDHocmsUQ+PBfLvpQM0qiF/auUu4hiS4bqDDLD4h5rw78kCU9onFSKD50/DahvMU44GKPPmTXjlaQ1GdDoNaGIR8euQlnRXhFWxOOEw+UniQhEGJsxvukUdN1CKF798RlHl0p3DJ+hqNzmQmSL3QjGWG9NTk2TF4BQnASrqnO4S2gJss8TVHoqrtBOOJ6+00oOM7jOnLlRyoTFqR5O0fimcvMXKH1Ms8LpgNhdjdWWSPh+WLqPX4P/ROsMWyVezUAue2EdB4y2Cp9GOVsu4UqCex3WLLp+X5TU9dHgYAFQUMlc4aVM2OP9c6G2NQnz2CIAtZvvIOgZx4phqQPfZPX4m5d0u9gLAUba2JH4V9oxa5Oa9zzQVRPfY5sn34fZFC8hj+7Csj6sX/gsIo2FMVlGn2Vwog8JawTt0t2tO7IFEOPM6SOCH1JPhm4RqbJzQPMuttCmt4UwjBhgiCneU0+oUjlA3//7MEcqPRO1aY+3fJ0YBgqXjyOXXb2uCP14SMxqeW4sRW/+cYyhKPM7ppIc7eNjYcGlzLMrtkRY48UmoJ2n1oBR49LJwVR6Xg8LGQLnLvoaFCntog0WpLB5UkVzu6vva153ebOtGDBMRePU+iCtx7BUNVYwOywh/YUVsirlBglsiBG+81HTwfi0fEqsqobPjXcfkleRaPQFkHobrk+XYMLyOB67ItT7NifRxBWyK1AY2i4o+94InjwZtS/OLie1vC+u7C4pfcZbysDoCwtmatlVSnkvHIsXUg8s2aT/L3L4z0eikSL4TjKBILVi6WJ5HccwyML7XOgp7dcOKDVj3Yfui40Dcho/NhzlJtzw/FaIg4JRIjKj1P5R8jtb76YLBt9tl4oi/v+dJ4aBNuZSSPApuAzACPybfCB25w3D+cC+BaFDJYMZ8RPMfqYGT7P6nU91hoODrVZRu8haMrDNqZyl6ySyxzsiS3n076QEuWX/ptliVD7h9JGwf6mTIh0n/PcrYK645Ko6Jn7+NVdBb/gu5bmM1UbK74t9LKwwXQc1AXIcmkHIh8BEYB6juB7GuESGGimLzRPBcUZqLJ8EzGLz+qvR3xxfcz/kVEyEJUhXwSpHFacH50ehuVU36hc/Dwrxz1yYHiwhcDmKsNCogRDX4Dyjq8/qf+2XINg3j/QqiI7VS8NLON9Ykxn9gfiPu6ZBCoPMFz+Jvw+JsiQyd4/VazBkBqVPhSIylPL+n2HM5KtT8FmShLfZqETiYlyq2Z56wwYMeUEywVMA+ItGLa5py41Bv4IaZcbc6n97JjOWNI87WoF55joIjYargVDaY+P44272XVuBXhNgr5lzMbYEbG1krlp1l/0TFs77NZn7TpaZfS232SNl7tA1lTBD67fpEvOrFQiKRCGZpUxnwLJ4/Smm1pNF32HMbY7MGq3Dm2Cy9+ra9XWrhKI1VPUHPiRN19yOQHAl+YhHuV57hYF+jDXcfQEYk9+m8QHViQXgmwgDuCvKRLdnPA3Ija449/FABDZOykgK/Oviz3jXaXb2Y+0Aw+0l7TjMikQqAD/fwn0JoUw8TLbwZ8GiMBF/+gQncAGn+hTmt16TZ9M3DGfhpVMv/SO0H4nDAVqFapEpsMRwZ3l+yhLjRTTGPEF0MoLa1vbCYKdRdOBf2lxJlne1UWYlCmjYcv3Cwv4T6/bA0xk7c9thFGZDyEGNYDC02J66J51NWMj1EZV0zfb4OD4Xa4NdtGVxG8ltJl7fKb+KKmzUk+VbBSSybQgOcTdPbpNgydMy/35SJ+7nMB/7gIKjtBcTXQip2VtYWrNkBAhVmGx2V1qkrjJkJWLum04J3PU+JBRc20x6eR6lNahIbRLnmeNEymqzl/+ISVJb/vtNgODvaV12auCGEcIJK+59uj88oOpSMvJkH1COcfzXYH5ahv8GBl995eHHK+y4vbSs5X/xpsCdkAjXULJmNrYSxtgf1knPibZ1TXlR3VDc2ojROEj8LbKIRWa0K0HwplOvBL4zrn7bTWCrAwyMEBjGpnz/+Jmxg2mDMkGnKHiwsKKFukTVBBZB7OPZ+Drn3EzZLTInqEuYo7yVmyZVEOzgq90hPR0V4CZZ7roVGoevgB/G7qOe15k3RjBhNfqdM6aiXx5mVc6kjt0d846t72LGTyz+2tJ9k+oB6LPV9/J7Ikby3mjnn/pQa/UR56iiwGH3YirvQH1WZOx0kpRX/QC4+AvRLxHJ3ypMbDYJC6UqW6xiblwjE8lHNK60rszVy/biZxMmVDADbiWGUoejcAMFlUAk1Azll3LE81pV1pRDegFAsC5qDR1+zPimP5Ge+UUA5Ez6YT6KxX79+Vu6/f0T7L/qSbH6FbduzwmobUeeSmwmYxGnodFaupfOzS8JBRcptwRNh0qwOIWq2xp+UCwZJgvQwdT5AgRNw2oJEkiz5k1Aq6qnq/O1FUxRZmoqBIX94z0/H8UtJieCoje8yaslUMwRtdrc6uvrPo3+CNEYXVB9vNi/IREQPIbMCc3lS+fbciOq+vYlk6NUybZ/JS2snrqV5R/VHmkjrjdZQf/QFH35LAGIKkG6CxrDurNldy9WRqcXb2uFjGg7s4VvPmT9T00MEpYIfRmIdE8dSuLVnbYM7FuTd5RprRrW54cX2vrCXI4jpfll0hPvxrlRZBrs/KpxxlWlBONWWxXSC3llZnuMQCfub6Ni8c2zTGGIXd/wrPnEppLYCnqNBggiOMIBfVDOy7S2IqIEppM1bvvBJte7YLzOzGPKjJj48k/Ry8MqMGVKxhVRjedo2jG0ejZ+toL0nY0+aNZfNLx4skbh9bOgXot5MMSpGmT/b4nyhnVwFU/qzbVuKxoFAdkk9HQFWQQdFstqDxLZDsuJY3hzvlw+CnJmVU82rdojV3vS5Og2AZ09vpbNDfwrnOU3LW3KMvQRU7ioTh8B0xOjHzWSpkAIXofqTJjvuafoITyxhx9pmT1nokMMzKeZrpOZ8m4LHURubeZnDVtZfiEGvAVySImxm+wzSiYFRGHOd45oT3vZtTDus/Wh/pk9u8iRQCP7aW7x3doQCfWhH99kYTbW4to68Hwrh//PuoHq2PKoAz51H7n/xfK5pgOhX0mSb44sO9PLm67004mwbTw98WLO7cYaFKZHRGY/Wc6K0su588MtsAnrxUFJ9uPSKi7902BdGGa1+06VHy2IBkB8bZlYgbV1vo7xIhVZM61OSmq4CZimfJuCnN1fgVp7Sq9YXhktJX6F6/0R+lJrwRibbBPgyp+wqeafmJzjBBpdug5TsQ8x0ArTql5scSCxbMar+dZRhkptH/w+bVRHAvykWukqnOWx2OnnpzF9tU7errPTXWyxFR9bi4OroqCUYRlZzZlWIhgm6cC1p3+Q4tDTtUGsr667vX/GS4K+/eVuA2YzG7Bfl2sOJLLEyES8s5dCFnSBO8zxTexjWvJGDIicEsS019Y+ANDPYjKw0B1bZSCQiROKI835lFaJDXr8By9ameEbV59b+vUxJv5ZEMB3fpNLaGBxja/vMii70Fnn5DfpbztXxxkAr/3MtSFkz/MH1hCvBKT5cW6V33LoSL0g2+Et+cA6jh8+AURGnSCTBMKEFzrGJQU2bqVUk/FQo6eqcp0bEnkt/le+2UTlpIfsWERWmNIjeKIN7InFoL+cPOUKNZefXvGYwcRs7VwbSY8dRa2RXGjzVq1jR9PbyXNbItjM9zappHqIro30/lf3+DZE54LigPFAbJWSM479r4UJobKw+EV9ZeNVCCKSMIMbTeYCOZU0s2PUb0owrfFrunUuYVUR8WN7gnpNqGMBXB0zjvkb1GVFPQXyINkL0c0h7RgzeV5TBmVRHY/3TO6qu8KgOZy8EB1xyAIUkYAL7Deqmdc+cN+5J4bvp0TF5QBzlkEv5Ks6kmV5zceMXD+2/JNC9jNVEs5ieOEeHIJSo/yKi+4/Ps64UxB8O0p+ObWGzYDY0tCMDtiV76CH8cq+t7e96dyatD8jE8cwz2RI3R+yYVMfFb1t30w1FF5pzDebT8jvnD3WEjS7MNX+bZ1vL0eazcuYHYah4QNURfJ2LKnpMV5ZLJImREqOCH5wvvde+zYtsgAgp2vs7BOiCr+cyfliQjm0ryaaGVl3BqoU1EtdhBT0G+MbYQUynZz4DMCS2hxmomDmwKcya8/zR+1PNoywG6JbGEIOaO2hHZYlwM55NYcVbEEdWeqb4jTG50Lr1WlpAdnNY0II8v2I6dBH9fWEaF4FGHxc/bB5F/8HaOhbRBcZ2fxrBcSIrf+VcGrY1SbDhVa12JLyJX05ubTL+k+uN3wVGJ6F87/xpGlQpATLvEQKZqy0zRaCswhxPSJNCDNxf81g/j2jeXcCAt3dVv/OmVb+WNR1a7SOeNPpYmdXYlcah8w7B8JynDwL0s7n6IzYHorzFykLmxDUlS1P7oDnxKfBb4FwG4KR/ESNTigtcjiu9f4lrQ8y9EdfnCTiegqXlXHWZNy4bv653KxtJCJsDhcfK9qJtta0s9jnEdCaPDo3GVcRACAly6/IusYkAnqGP3QDDlcTIKbK0lJ007RSXEFvxjkfybMgrKWEKcTwkebbregqzHk8WY1NAciWlWrouXGjkCU2mJ3Xw1g32dsOmSXre8JI7s6weszSR6zRrz253VoBlkc0+YtdjPonGwU87fmL/MWacOBwdC0CQ0vToW35xY3TPJfmdfnC/hUDBzFSCSQnxsaYfSPdBA8mNgYx6hB7kwLuxX9VsC3I97PocL9aVj63NnDCnFgMKprhjfyZz+Hb4PGRQxy2tEUxgJyQNIzbQNzdavuXIRqBRkbmDX6/vhas2vha6b6iDBlWgfn4VQnn1JUWd0sBRvR5uL2ISlCJvWXQAA+WiiepVNQ/LdQ58DeeGHHQuvy6pHXyJxVVeTMfKI5aLpQG2Ak/bRhwMSf/18Y0NhKb5dndYRCfTXQNTyT/pF0Mi/rV1zTsk3qffl/tIAEn1c3WMOrrWjjXsQKavpN9U/nySJier/v6Rjj464Zy3b61z0M7AeH/bu4rZdJ3cwXhf9VAW11D7Ml+xxg==" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<script src="/WebResource.axd?d=f6ZEq9S1SUTVmDt8o3zz0A2&amp;t=634605546709717464" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_wsaLCID = 1066;
var g_wsaSiteTemplateId = 'BLANKINTERNET#2';
var g_wsaListTemplateId = 301;
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{43392d04-8011-4ac3-bdb9-125a0c0bcd0b}",pageItemId:534, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
</script>
<script type="text/javascript">
//<![CDATA[
function WebForm_OnSubmit() {
UpdateFormDigest('\u002f', 1440000);
return true;
}
//]]>
</script>
<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none">
	<div id="s4-ribboncont">
		<div class="ms-cui-topBar2"><a href="/_layouts/Authenticate.aspx?Source=%2F" class="ms-signInLink">Đăng nhập</a></div>
	</div>
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="wrapper">
<div id="header" class="header">
	<div class="banner">
		<a href="/" title="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong"><img src="/Style%20Library/MTTQ/images/banner.jpg" alt="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong" width="1000" height="150" border="0" /></a>
	</div>
	<div class="header-bar">
		<div class="today"><script type="text/javascript">
			var d = new Date(); var t = ["Chủ nhật","Thứ hai","Thứ ba","Thứ tư","Thứ năm","Thứ sáu","Thứ bảy"];
			document.write(t[d.getDay()] + ", ngày " + d.getDate() + "/" + (d.getMonth() + 1) + "/" + d.getFullYear());
		</script></div>
		<div class="search-box">
			<input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txt-search" placeholder="Tìm kiếm..." />
			<a id="ctl00_btnSearch" class="btn-search" href="javascript:__doPostBack('ctl00$btnSearch','')"><img src="/Style%20Library/MTTQ/images/search.png" alt="" /></a>
		</div>
	</div>
</div>
<div id="zz1_TopNavigationMenuV4" class="s4-tn menu-top">
	<div class="menu horizontal menu-horizontal">
		<ul class="root static">
			<li class="static"><a class="static menu-item" href="/" accesskey="1"><span class="additional-background"><span class="menu-item-text">Trang chủ</span></span></a></li>
<li class="static"><a class="static menu-item" href="/gioi-thieu.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Giới thiệu</span></span></a></li>
<li class="static selected"><a class="static selected menu-item" href="/tin-hoat-dong/index.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Tin tức - Sự kiện</span></span></a><ul class="dynamic">
<li class="dynamic"><a class="dynamic menu-item" href="/tin-hoat-dong/index.html"><span class="additional-background"><span class="menu-item-text">Tin hoạt động</span></span></a></li></ul></li>
<li class="static"><a class="static menu-item" href="/lien-he.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Liên hệ</span></span></a></li>
		</ul>
	</div>
</div>
<div class="marquee-bar"><span class="marquee-label"></span><div class="marquee" id="ctl00_marquee">Mặt trận Tổ quốc Việt Nam tỉnh Hòa Phong - Đoàn kết, dân chủ, đổi mới, sáng tạo, phát triển</div></div>
<div id="main" class="main clearfix">

<div class="col-left">
	<!-- Begin Web Part: Liên kết web -->
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_1ad4d60e_f19f_4377_ae74_9a09ba8ad087">
		<div class="box-title">Liên kết web</div>
		<div class="box-content">
			<select class="ddl-weblink" onchange="if(this.value!='0') window.open(this.value,'_blank');">
				<option value="0">-- Chọn liên kết --</option><option value="http://mattran.org.vn/">Ủy ban TW MTTQ Việt Nam</option>
				<option value="https://hoaphong.gov.vn/">Cổng TTĐT tỉnh Hòa Phong</option>
			</select>
		</div>
	</div>
	<div class="box-left banner-left">
		<a href="/gioi-thieu.html#ban-do" class="banner-link"><img src="/Style%20Library/MTTQ/images/bando.jpg" alt="" /><span>Bản đồ hành chính</span></a>
		<a href="https://congbao.hoaphong.gov.vn/" target="_blank" class="banner-link"><img src="/Style%20Library/MTTQ/images/congbao.jpg" alt="" /><span>Công báo Hòa Phong</span></a>
		<a href="/lien-he.html#gop-y" class="banner-link"><img src="/Style%20Library/MTTQ/images/gopy.jpg" alt="" /><span>Góp ý website</span></a>
		<a href="/lien-he.html" class="banner-link"><img src="/Style%20Library/MTTQ/images/lienhe.jpg" alt="" /><span>Liên hệ</span></a>
	</div>
	<!-- End Web Part -->
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_d3321a47_201e_4ea3_b8a6_9cce0078c002">
		<div class="box-title">Thăm dò</div>
		<div class="box-content">
			<div class="poll-question">Bạn thấy nội dung Trang thông tin điện tử như thế nào?</div>
			<table class="poll-options"><tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo0" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="0" /><label for="ctl00_PlaceHolderLeft_poll_rdo0">Rất hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo1" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="1" /><label for="ctl00_PlaceHolderLeft_poll_rdo1">Hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo2" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="2" /><label for="ctl00_PlaceHolderLeft_poll_rdo2">Bình thường</label></td></tr></table>
			<div class="poll-buttons"><a class="btn" href="javascript:__doPostBack('ctl00$PlaceHolderLeft$poll$btnVote','')">Bình chọn</a> <a class="btn" href="/_layouts/15/Poll/Results.aspx">Xem kết quả</a></div>
		</div>
	</div>
	<div class="box-left counter">
		<div class="box-title">Thống kê truy cập</div>
		<div class="box-content">
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">15</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">411</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">1.514.308</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Ngày hội Đại đoàn kết toàn dân tộc năm 2019 tại xã Vĩnh Lợi</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_05226db4_e551_4de5_9079_eab7b8462e37">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_05226db4_e551_4de5_9079_eab7b8462e37_lblDate">Thứ hai, 18/11/2019, 08:00</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Ngày hội Đại đoàn kết toàn dân tộc năm 2019 tại xã Vĩnh Lợi</h2>
		<div class="post-content">
<div class="ExternalClassF513842570E844B3B95E5F013680C42E"><div style="text-align: justify;">Ngày 17/11, Ban Công tác Mặt trận ấp Vĩnh Thạnh, xã Vĩnh Lợi tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2019.</div>
<div style="text-align: justify;">Dịp này, Ban tổ chức đã trao 30 phần quà cho hộ nghèo và biểu dương 20 gia đình văn hóa tiêu biểu.</div>
<div style="text-align: justify;">Ngày hội là dịp để tăng cường khối đại đoàn kết toàn dân tộc ở khu dân cư, phát huy quyền làm chủ của Nhân dân.</div></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_05226db4_e551_4de5_9079_eab7b8462e37_lblView">177</span></div>
		<div class="post-author" id="ctl00_m_g_05226db4_e551_4de5_9079_eab7b8462e37_lblAuthor">Kim Thoa</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/trao-qua-tet-cho-ho-ngheo-gia-dinh-chinh-sach-1441.aspx">Trao quà Tết cho hộ nghèo, gia đình chính sách</a> <span class="date">(17/01/2020)</span></li>
<li><a href="/tin-hoat-dong/tong-ket-cong-tac-mat-tran-nam-2019-1429.aspx">Tổng kết công tác Mặt trận năm 2019</a> <span class="date">(20/12/2019)</span></li>
<li><a href="/tin-hoat-dong/hoi-nghi-phan-bien-xa-hoi-du-thao-nghi-quyet-ve-ho-tro-ho-ngheo-1398.aspx">Hội nghị phản biện xã hội dự thảo Nghị quyết về hỗ trợ hộ nghèo</a> <span class="date">(16/10/2019)</span></li>
<li><a href="/tin-hoat-dong/dai-hoi-dai-bieu-mttq-viet-nam-huyen-tan-hoa-nhiem-ky-2019-2024-1380.aspx">Đại hội đại biểu MTTQ Việt Nam huyện Tân Hòa nhiệm kỳ 2019 - 2024</a> <span class="date">(11/09/2019)</span></li>
<li><a href="/tin-hoat-dong/ra-mat-mo-hinh-khu-dan-cu-tu-quan-ve-an-ninh-trat-tu-1362.aspx">Ra mắt mô hình “Khu dân cư tự quản về an ninh trật tự”</a> <span class="date">(07/08/2019)</span></li></ul>
	</div>
	</div>
	<!-- End Web Part -->
</div>
</div>
<div id="footer" class="footer">
	<div class="footer-links"><a href="https://dichvucong.gov.vn/" target="_blank">Dịch vụ công Quốc gia</a> <a href="https://mail.hoaphong.gov.vn/" target="_blank">Thư điện tử công vụ</a> <a href="/_layouts/15/viewlsts.aspx" target="_blank">Quản trị</a></div>
	<div class="footer-info">
		<div class="footer-name"><strong>ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH HÒA PHONG</strong></div>
		<div>Địa chỉ:&nbsp; Số 12 đường Lê Lợi, phường Tân An, thành phố Hòa Phong, tỉnh Hòa Phong</div>
		<div>Điện thoại:&nbsp; 0290.3822 416. Fax: 0290.3822 417&nbsp; Email: <a href="mailto:ubmttq@hoaphong.gov.vn">ubmttq@hoaphong.gov.vn</a></div>
		<div>Người chịu trách nhiệm chính: Ông Trần Văn Minh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh</div>
	</div>
</div>
</div>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;
function ChangeColor(c) { jQuery('.post-content, .post-content p, .post-content span').css('color', c); }
function ChangeFont(n) { var s = parseInt(jQuery('.post-content').css('font-size')) + n; jQuery('.post-content, .post-content p, .post-content span').css('font-size', s + 'px'); }
jQuery(function(){ jQuery('#ctl00_marquee').marquee({duration: 15000}); });
var _spBodyOnLoadFunctionNames; if (_spBodyOnLoadFunctionNames == null) { _spBodyOnLoadFunctionNames = new Array(); }
_spBodyOnLoadFunctionNames.push("_spPageLoad");
WebForm_InitCallback();//]]>
</script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-10001422-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLUwBg7i9DAq3v0py5ZC0edcIgUHPfVQevJ+DjLoCjFVs1q3tW0vUcxviM7MMAWpzOvDDIqsMo1NXek7vNaj7N04K+0+OzEbBVDI6EEUJNJCL3c7Lhm7EhWV2d" />
</form>
</body>
</html>
